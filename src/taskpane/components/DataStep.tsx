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
import type { DetectedTable, MappingOverride } from "../../sheets";
import { missingTables } from "../data/missingTables";
import { tableKindName } from "../data/tableKindName";
import { say } from "../strings";
import { ProblemList } from "./ProblemList";
import { TableCard } from "./TableCard";
import { TableSheets } from "./TableSheets";

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

function tableValue(table: DetectedTable): string {
  return `${table.kind}-${table.sheetName}-${table.headerRow}`;
}

/** Which tables were found where, how sure the reader is, corrections, and every problem in the data. */
export function DataStep(props: DataStepProps) {
  const { analysis, contents, language } = props;
  const styles = useDataStepStyles();
  const titleId = React.useId();
  const problemsId = React.useId();
  const saveRef = React.useRef<HTMLButtonElement>(null);
  // The table the user's last correction removed: said, with focus on the save button (its card is gone).
  const [removed, setRemoved] = React.useState<DetectedTable | null>(null);
  const changedId = React.useId();
  React.useEffect(() => {
    if (removed !== null) saveRef.current?.focus();
  }, [removed]);
  React.useEffect(() => {
    if (!props.mappingChanged) setRemoved(null);
  }, [props.mappingChanged]);
  const missing = missingTables(contents, analysis.mapping);
  const override = (correction: MappingOverride) => {
    setRemoved(
      correction.type === "remove" ? (analysis.mapping.tables[correction.table] ?? null) : null
    );
    props.onOverride(correction);
  };
  const onColumnChange = (table: number, field: string, column: number | null) =>
    override({ type: "column", table, field, column });
  const onRowsChange = (table: number, firstDataRow: number, lastDataRow: number) =>
    override({ type: "rows", table, firstDataRow, lastDataRow });
  const onRemove = (table: number) => override({ type: "remove", table });
  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <Title3 as="h2" id={titleId}>
        {say("dataTitle", language)}
      </Title3>
      {missing.map((id) => (
        <MessageBar
          key={id}
          intent={id === "emptyWorkbook" ? "warning" : "error"}
          layout="multiline"
        >
          <MessageBarBody>
            {say(id, language)}
            {id !== "emptyWorkbook" && ` ${say("chooseSheetHint", language)}`}
          </MessageBarBody>
        </MessageBar>
      ))}
      {analysis.mapping.tables.length > 0 && (
        <Accordion multiple collapsible aria-label={say("tablesFound", language)}>
          {analysis.mapping.tables.map((table, index) => (
            <TableCard
              key={tableValue(table)}
              value={tableValue(table)}
              table={table}
              index={index}
              grid={contents.grids.find((grid) => grid.sheetName === table.sheetName)}
              language={language}
              onColumnChange={onColumnChange}
              onRowsChange={onRowsChange}
              onRemove={onRemove}
            />
          ))}
        </Accordion>
      )}
      {!missing.includes("emptyWorkbook") && (
        <TableSheets
          mapping={analysis.mapping}
          contents={contents}
          language={language}
          onOverride={override}
        />
      )}
      {props.mappingChanged && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody id={changedId}>
            {removed !== null &&
              `${say("tableRemoved", language)} “${tableKindName(removed.kind)[language]}” — ${say("sheet", language)} “${removed.sheetName}”. `}
            {say("mappingChanged", language)}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button disabled={props.busy} onClick={props.onRefresh}>
          {say("refresh", language)}
        </Button>
        {props.mappingChanged && (
          <Button
            ref={saveRef}
            appearance="primary"
            aria-describedby={changedId}
            disabled={props.busy}
            onClick={props.onSave}
          >
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
