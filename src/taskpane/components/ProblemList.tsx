import { Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Language } from "../../core/localized";
import type { Problem } from "../../core/problem";
import { say } from "../strings";

const useStyles = makeStyles({
  list: { listStyleType: "none", paddingLeft: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
});

export interface ProblemListProps {
  readonly problems: readonly Problem[];
  readonly language: Language;
  readonly onSelect: (problem: Problem) => void;
}

function placeOf(problem: Problem): string | null {
  const location = problem.location;
  if (!location) return null;
  return location.cell ? `'${location.sheet}'!${location.cell}` : `'${location.sheet}'`;
}

/** Every problem, errors first; a problem with a cell is a button that selects it in Excel. */
export function ProblemList({ problems, language, onSelect }: ProblemListProps) {
  const styles = useStyles();
  if (problems.length === 0) return <p>{say("noProblems", language)}</p>;
  const ordered = [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  return (
    <ul className={styles.list}>
      {ordered.map((problem, index) => {
        const place = placeOf(problem);
        return (
          <li key={index} className={styles.item}>
            <Badge color={problem.severity === "error" ? "danger" : "warning"}>
              {say(problem.severity === "error" ? "error" : "warning", language)}
            </Badge>
            {place && problem.location?.cell ? (
              <Button
                appearance="transparent"
                size="small"
                onClick={() => onSelect(problem)}
                aria-label={`${say("goToCell", language)} ${place}`}
              >
                {place}
              </Button>
            ) : (
              place && <span>{place}</span>
            )}
            <span>{problem.message[language]}</span>
          </li>
        );
      })}
    </ul>
  );
}
