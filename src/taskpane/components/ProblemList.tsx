import { Badge, Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Language } from "../../core/localized";
import type { Problem } from "../../core/problem";
import { quotedSheetName } from "../../sheets";
import { say } from "../strings";

const useProblemListStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    paddingLeft: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
  },
  place: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface ProblemListProps {
  readonly problems: readonly Problem[];
  readonly language: Language;
  /** Whether the host can select a cell (Excel); in a browser the place is only shown. */
  readonly canSelect: boolean;
  readonly onSelect: (problem: Problem) => void;
}

function placeOf(problem: Problem): string | null {
  const location = problem.location;
  if (!location) return null;
  const sheet = quotedSheetName(location.sheet);
  return location.cell ? `${sheet}!${location.cell}` : sheet;
}

/** Errors first, then warnings, in the order found. */
function ordered(problems: readonly Problem[]): Problem[] {
  return [
    ...problems.filter((problem) => problem.severity === "error"),
    ...problems.filter((problem) => problem.severity !== "error"),
  ];
}

/** Every problem with its place; in Excel, a problem with a cell is a button that selects it. */
export function ProblemList({ problems, language, canSelect, onSelect }: ProblemListProps) {
  const styles = useProblemListStyles();
  if (problems.length === 0) return <Text>{say("noProblems", language)}</Text>;
  return (
    <ul className={styles.list}>
      {ordered(problems).map((problem, index) => {
        const place = placeOf(problem);
        const severity = say(problem.severity === "error" ? "error" : "warning", language);
        return (
          <li key={index} className={styles.item}>
            <span className={styles.place}>
              <Badge appearance="tint" color={problem.severity === "error" ? "danger" : "warning"}>
                {severity}
              </Badge>
              {place !== null && canSelect && problem.location?.cell ? (
                <Button
                  appearance="subtle"
                  size="small"
                  onClick={() => onSelect(problem)}
                  aria-label={`${say("goToCell", language)} ${place}: ${problem.message[language]}`}
                >
                  {place}
                </Button>
              ) : (
                place !== null && <Text weight="semibold">{place}</Text>
              )}
            </span>
            <Text>{problem.message[language]}</Text>
          </li>
        );
      })}
    </ul>
  );
}
