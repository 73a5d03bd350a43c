import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { Language } from "../../core/localized";
import { tableKindDefinition, type DetectedTable, type Grid } from "../../sheets";
import { columnLetters, columnOptions } from "../data/columnOptions";
import { confidenceColor } from "../data/confidenceColor";
import { dataRowLimits } from "../data/dataRowLimits";
import { tableKindName } from "../data/tableKindName";
import { say } from "../strings";
import { ColumnField } from "./ColumnField";
import { DataRowsForm } from "./DataRowsForm";

const useTableCardStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  remove: { alignSelf: "flex-start" },
});

export interface TableCardProps {
  readonly table: DetectedTable;
  /** The table's index in the mapping (what a correction names). */
  readonly index: number;
  /** Stable while the table stays in the mapping (keeps the card open when rows change). */
  readonly value: string;
  readonly grid: Grid | undefined;
  readonly language: Language;
  readonly onColumnChange: (table: number, field: string, column: number | null) => void;
  readonly onRowsChange: (table: number, firstDataRow: number, lastDataRow: number) => void;
  /** The user says this is not one of the secretariat's tables. */
  readonly onRemove: (table: number) => void;
}

function rowsText(table: DetectedTable, language: Language): string {
  const rows =
    table.lastDataRow >= table.firstDataRow ? `${table.firstDataRow}–${table.lastDataRow}` : "—";
  return `${say("headerRow", language)}: ${table.headerRow}; ${say("dataRows", language)}: ${rows}`;
}

/**
 * One table found: its kind, sheet and rows, with corrections: its data rows, a drop-down per
 * field for its column, and "not this table".
 */
export function TableCard(props: TableCardProps) {
  const { table, index, grid, language, onColumnChange } = props;
  const styles = useTableCardStyles();
  const options = React.useMemo(
    () => columnOptions(grid, table.headerRow, table.headerTop),
    [grid, table.headerRow, table.headerTop]
  );
  const name = tableKindName(table.kind)[language];
  const percent = Math.round(table.confidence * 100);
  const described = `${name}, ${say("sheet", language).toLowerCase()} “${table.sheetName}”`;
  return (
    <AccordionItem value={props.value}>
      <AccordionHeader as="h3">
        <span className={styles.header}>
          <span>
            {name} — {say("sheet", language)} “{table.sheetName}”
          </span>
          <Badge
            appearance="tint"
            color={confidenceColor(table.confidence)}
            aria-label={`${say("confidence", language)} ${percent}%`}
          >
            {percent}%
          </Badge>
        </span>
      </AccordionHeader>
      <AccordionPanel className={styles.panel}>
        <Text>{rowsText(table, language)}</Text>
        <DataRowsForm
          key={`${table.firstDataRow}-${table.lastDataRow}`}
          name={described}
          firstDataRow={table.firstDataRow}
          lastDataRow={table.lastDataRow}
          limits={dataRowLimits(table, grid)}
          language={language}
          onApply={(first, last) => props.onRowsChange(index, first, last)}
        />
        {tableKindDefinition(table.kind).fields.map((field) => (
          <ColumnField
            key={field.id}
            field={field.id}
            choice={table.columns[field.id]}
            options={options}
            language={language}
            onChange={(column) => onColumnChange(index, field.id, column)}
          />
        ))}
        {table.unitColumns && table.unitColumns.length > 0 && (
          <>
            <Text weight="semibold">{say("unitsInColumns", language)}</Text>
            <ul className={styles.list}>
              {table.unitColumns.map((unit) => (
                <li key={unit.unitName}>
                  {unit.unitName}:{" "}
                  {[unit.selfColumn, unit.blocColumn]
                    .filter((column): column is number => column !== null)
                    .map(columnLetters)
                    .join(", ")}
                </li>
              ))}
            </ul>
          </>
        )}
        {table.scoreColumns && table.scoreColumns.length > 0 && (
          <>
            <Text weight="semibold">{say("criteriaInColumns", language)}</Text>
            <ul className={styles.list}>
              {table.scoreColumns.map((score) => (
                <li key={`${score.title}-${score.blocColumn ?? score.selfColumn}`}>
                  {score.title}:{" "}
                  {[score.selfColumn, score.blocColumn]
                    .filter((column): column is number => column !== null)
                    .map(columnLetters)
                    .join(", ")}
                </li>
              ))}
            </ul>
          </>
        )}
        <Button
          className={styles.remove}
          aria-label={`${say("notThisTable", language)}: ${described}`}
          onClick={() => props.onRemove(index)}
        >
          {say("notThisTable", language)}
        </Button>
      </AccordionPanel>
    </AccordionItem>
  );
}
