import {
  Badge,
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Title3,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { Language, Localized } from "../../core/localized";
import type { Problem } from "../../core/problem";
import { cellAddress, type TableKind } from "../../sheets";
import type { WorkbookAnalysis } from "../../job/analyzeWorkbook";
import { say } from "../strings";
import { ProblemList } from "./ProblemList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

const KIND_NAMES: Readonly<Record<TableKind, Localized>> = {
  units: { vi: "Danh sách đơn vị", en: "Units" },
  scores: { vi: "Bảng chấm điểm", en: "Scoring table" },
  votes: { vi: "Bỏ phiếu", en: "Votes" },
  conditions: { vi: "Điều kiện", en: "Conditions" },
  awardHistory: { vi: "Lịch sử khen thưởng", en: "Award history" },
  leaderHistory: { vi: "Lịch sử Khối trưởng", en: "Leader history" },
};

export interface DataStepProps {
  readonly analysis: WorkbookAnalysis;
  readonly sheetCount: number;
  readonly language: Language;
  readonly onRefresh: () => void;
  readonly onSelectProblem: (problem: Problem) => void;
}

/** Which tables were found where, how sure the reader is, and every problem in the data. */
export function DataStep({ analysis, sheetCount, language, onRefresh, onSelectProblem }: DataStepProps) {
  const styles = useStyles();
  const tables = analysis.mapping.tables;
  return (
    <section className={styles.root} aria-labelledby="data-title">
      <Title3 as="h2" id="data-title">
        {say("tablesFound", language)}
      </Title3>
      {sheetCount === 0 && <p>{say("emptyWorkbook", language)}</p>}
      {sheetCount > 0 && tables.length === 0 && <p>{say("noTables", language)}</p>}
      {tables.length > 0 && (
        <Table size="small" aria-labelledby="data-title">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{say("tablesFound", language)}</TableHeaderCell>
              <TableHeaderCell>{say("sheet", language)}</TableHeaderCell>
              <TableHeaderCell>{say("headerRow", language)}</TableHeaderCell>
              <TableHeaderCell>{say("columns", language)}</TableHeaderCell>
              <TableHeaderCell>{say("confidence", language)}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {tables.map((table, index) => (
              <TableRow key={index}>
                <TableCell>{KIND_NAMES[table.kind][language]}</TableCell>
                <TableCell>{table.sheetName}</TableCell>
                <TableCell>{table.headerRow}</TableCell>
                <TableCell>
                  {Object.entries(table.columns)
                    .map(([field, choice]) => `${field}: ${cellAddress(table.headerRow, choice.column).replace(/\d+$/, "")}`)
                    .join(", ")}
                </TableCell>
                <TableCell>
                  <Badge color={table.confidence >= 0.8 ? "success" : table.confidence >= 0.5 ? "warning" : "danger"}>
                    {Math.round(table.confidence * 100)}%
                  </Badge>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Button onClick={onRefresh}>{say("refresh", language)}</Button>
      <Title3 as="h2">{say("problems", language)}</Title3>
      <ProblemList problems={analysis.problems} language={language} onSelect={onSelectProblem} />
    </section>
  );
}
