import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { Language } from "../../core/localized";
import { tableKindDefinition, type DetectedTable, type Grid } from "../../sheets";
import { columnLetters, columnOptions } from "../data/columnOptions";
import { confidenceColor } from "../data/confidenceColor";
import { tableKindName } from "../data/tableKindName";
import { say } from "../strings";
import { ColumnField } from "./ColumnField";

const useTableCardStyles = makeStyles({
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface TableCardProps {
  readonly table: DetectedTable;
  /** The table's index in the mapping (what a correction names). */
  readonly index: number;
  readonly grid: Grid | undefined;
  readonly language: Language;
  readonly onColumnChange: (table: number, field: string, column: number | null) => void;
}

function rowsText(table: DetectedTable, language: Language): string {
  const rows =
    table.lastDataRow >= table.firstDataRow ? `${table.firstDataRow}–${table.lastDataRow}` : "—";
  return `${say("headerRow", language)}: ${table.headerRow}; ${say("dataRows", language)}: ${rows}`;
}

/** One table found: its kind, sheet and rows, and a drop-down per field to correct its column. */
export function TableCard({ table, index, grid, language, onColumnChange }: TableCardProps) {
  const styles = useTableCardStyles();
  const options = React.useMemo(
    () => columnOptions(grid, table.headerRow, table.headerTop),
    [grid, table.headerRow, table.headerTop]
  );
  const name = tableKindName(table.kind)[language];
  const percent = Math.round(table.confidence * 100);
  return (
    <AccordionItem value={index}>
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
      </AccordionPanel>
    </AccordionItem>
  );
}
