import { makeStyles, MessageBar, MessageBarBody, Title3, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Language } from "../../core/localized";
import type { Problem } from "../../core/problem";
import type { WorkbookAnalysis } from "../../job/analyzeWorkbook";
import { say } from "../strings";
import { BlocResults } from "./BlocResults";
import { ProblemList } from "./ProblemList";

const useResultsStepStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface ResultsStepProps {
  readonly analysis: WorkbookAnalysis;
  readonly language: Language;
  readonly canSelectCells: boolean;
  readonly onSelectProblem: (problem: Problem) => void;
}

/**
 * The decisions for each bloc. When problems block the result it says so and lists the errors
 * instead: nothing is ranked or proposed from data that is wrong.
 */
export function ResultsStep({
  analysis,
  language,
  canSelectCells,
  onSelectProblem,
}: ResultsStepProps) {
  const styles = useResultsStepStyles();
  const titleId = React.useId();
  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <Title3 as="h2" id={titleId}>
        {say("resultsTitle", language)} {analysis.year}
      </Title3>
      {analysis.blocked ? (
        <>
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{say("blocked", language)}</MessageBarBody>
          </MessageBar>
          <ProblemList
            problems={analysis.problems.filter((problem) => problem.severity === "error")}
            language={language}
            canSelect={canSelectCells}
            onSelect={onSelectProblem}
          />
        </>
      ) : (
        analysis.blocs.map((bloc, index) => (
          <BlocResults key={index} bloc={bloc} profile={analysis.profile} language={language} />
        ))
      )}
    </section>
  );
}
