import {
  Badge,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { Language } from "../../core/localized";
import type { UnitResult } from "../../core/result";
import { gradeLabel } from "../../core/scoring";
import { formatScore } from "../results/namers";
import { say } from "../strings";

const useRankingTableStyles = makeStyles({
  rank: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  number: { textAlign: "end" },
});

export interface RankingTableProps {
  readonly units: readonly UnitResult[];
  readonly language: Language;
  readonly captionId: string;
}

/** The ranking: rank (ties marked), unit, total and grade. */
export function RankingTable({ units, language, captionId }: RankingTableProps) {
  const styles = useRankingTableStyles();
  const anyTie = units.some((unit) => unit.tied);
  return (
    <>
      <Table size="small" aria-labelledby={captionId}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{say("rank", language)}</TableHeaderCell>
            <TableHeaderCell>{say("unit", language)}</TableHeaderCell>
            <TableHeaderCell>{say("total", language)}</TableHeaderCell>
            <TableHeaderCell>{say("grade", language)}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {units.map((unit) => (
            <TableRow key={unit.unitId}>
              <TableCell>
                <span className={styles.rank}>
                  {unit.rank}
                  {unit.tied && (
                    <Badge appearance="tint" color="warning">
                      {say("tied", language)}
                    </Badge>
                  )}
                </span>
              </TableCell>
              <TableCell>{unit.name}</TableCell>
              <TableCell className={styles.number}>{formatScore(unit.total, language)}</TableCell>
              <TableCell>{gradeLabel(unit.grade)[language]}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {anyTie && <Text italic>{say("tiesNote", language)}</Text>}
    </>
  );
}
