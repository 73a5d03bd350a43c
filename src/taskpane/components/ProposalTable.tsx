import {
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
import type { Nomination } from "../../core/result";
import { say } from "../strings";

const useProposalTableStyles = makeStyles({
  proposal: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  reasons: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
  },
});

export interface ProposalTableProps {
  readonly nominations: readonly Nomination[];
  readonly language: Language;
  readonly unitName: (id: string) => string;
  readonly awardName: (id: string) => string;
  readonly captionId: string;
}

/** The award proposed for each unit, and why (including why not a higher one). */
export function ProposalTable({
  nominations,
  language,
  unitName,
  awardName,
  captionId,
}: ProposalTableProps) {
  const styles = useProposalTableStyles();
  return (
    <Table size="small" aria-labelledby={captionId}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{say("unit", language)}</TableHeaderCell>
          <TableHeaderCell>{say("proposalAndReasons", language)}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {nominations.map((nomination) => (
          <TableRow key={nomination.unitId}>
            <TableCell>{unitName(nomination.unitId)}</TableCell>
            <TableCell>
              <div className={styles.proposal}>
                <Text weight="semibold">
                  {nomination.awardId === null
                    ? say("notProposed", language)
                    : awardName(nomination.awardId)}
                </Text>
                <ul className={styles.reasons} aria-label={say("reasons", language)}>
                  {nomination.reasons.map((reason) => (
                    <li key={reason.awardId}>{reason.message[language]}</li>
                  ))}
                </ul>
              </div>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
