import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import * as React from "react";
import type { Language } from "../../core/localized";
import type { BallotOutcome } from "../../core/result";
import { formatScore } from "../results/namers";
import { say } from "../strings";

export interface BallotTableProps {
  readonly ballots: readonly BallotOutcome[];
  readonly language: Language;
  readonly unitName: (id: string) => string;
  readonly awardName: (id: string) => string;
  readonly captionId: string;
}

/** Each ballot: candidate, award, votes of the base, share and whether it passed. */
export function BallotTable({
  ballots,
  language,
  unitName,
  awardName,
  captionId,
}: BallotTableProps) {
  if (ballots.length === 0) return <Text>{say("noBallots", language)}</Text>;
  return (
    <Table size="small" aria-labelledby={captionId}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{say("unit", language)}</TableHeaderCell>
          <TableHeaderCell>{say("award", language)}</TableHeaderCell>
          <TableHeaderCell>{say("votes", language)}</TableHeaderCell>
          <TableHeaderCell>{say("outcome", language)}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {ballots.map((ballot) => (
          <TableRow key={`${ballot.unitId}-${ballot.awardId}`}>
            <TableCell>{unitName(ballot.unitId)}</TableCell>
            <TableCell>{awardName(ballot.awardId)}</TableCell>
            <TableCell>
              {ballot.votes}/{ballot.base} (
              {formatScore(Math.round(ballot.share * 1000) / 10, language)}
              %)
            </TableCell>
            <TableCell>
              {say(!ballot.quorumMet ? "noQuorum" : ballot.passed ? "passed" : "failed", language)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
