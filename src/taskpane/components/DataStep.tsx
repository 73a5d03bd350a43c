import {
  Accordion,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Title3,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { Language } from "../../core/localized";
import type { Problem } from "../../core/problem";
import type { WorkbookContents } from "../../hosts/host";
import type { WorkbookAnalysis } from "../../job/analyzeWorkbook";
import type { MappingOverride } from "../../sheets";
import { missingTables } from "../data/missingTables";
import { say } from "../strings";
import { ProblemList } from "./ProblemList";
import { TableCard } from "./TableCard";

const useDataStepStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface DataStepProps {
  readonly analysis: WorkbookAnalysis;
  readonly contents: WorkbookContents;
  readonly language: Language;
  readonly canSelectCells: boolean;
  /** The user corrected the mapping and has not saved it. */
  readonly mappingChanged: boolean;
  readonly busy: boolean;
  readonly onRefresh: () => void;
  readonly onOverride: (override: MappingOverride) => void;
  readonly onSave: () => void;
  readonly onSelectProblem: (problem: Problem) => void;
}

/** Which tables were found where, how sure the reader is, corrections, and every problem in the data. */
export function DataStep(props: DataStepProps) {
  const { analysis, contents, language } = props;
  const styles = useDataStepStyles();
  const titleId = React.useId();
  const problemsId = React.useId();
  const missing = missingTables(contents, analysis.mapping);
  const onColumnChange = (table: number, field: string, column: number | null) =>
    props.onOverride({ type: "column", table, field, column });
  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <Title3 as="h2" id={titleId}>
        {say("dataTitle", language)}
      </Title3>
      {missing.map((id) => (
        <MessageBar key={id} intent={id === "emptyWorkbook" ? "warning" : "error"} layout="multiline">
          <MessageBarBody>{say(id, language)}</MessageBarBody>
        </MessageBar>
      ))}
      {analysis.mapping.tables.length > 0 && (
        <Accordion multiple collapsible aria-label={say("tablesFound", language)}>
          {analysis.mapping.tables.map((table, index) => (
            <TableCard
              key={`${table.kind}-${table.sheetName}-${table.headerRow}`}
              table={table}
              index={index}
              grid={contents.grids.find((grid) => grid.sheetName === table.sheetName)}
              language={language}
              onColumnChange={onColumnChange}
            />
          ))}
        </Accordion>
      )}
      {props.mappingChanged && (
        <MessageBar intent="info">
          <MessageBarBody>{say("mappingChanged", language)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button disabled={props.busy} onClick={props.onRefresh}>
          {say("refresh", language)}
        </Button>
        {props.mappingChanged && (
          <Button appearance="primary" disabled={props.busy} onClick={props.onSave}>
            {say("saveMapping", language)}
          </Button>
        )}
      </div>
      <Title3 as="h2" id={problemsId}>
        {say("problems", language)} ({analysis.problems.length})
      </Title3>
      <ProblemList
        problems={analysis.problems}
        language={language}
        canSelect={props.canSelectCells}
        onSelect={props.onSelectProblem}
      />
    </section>
  );
}
