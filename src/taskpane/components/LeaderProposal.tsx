import { makeStyles, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Language } from "../../core/localized";
import type { RotationProposal } from "../../core/result";
import { say } from "../strings";

const useLeaderProposalStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface LeaderProposalProps {
  readonly rotation: RotationProposal;
  readonly language: Language;
  readonly unitName: (id: string) => string;
  readonly headingId: string;
}

/** Next year's bloc leader (and deputy), the rule and history behind it, and the alternatives. */
export function LeaderProposal({ rotation, language, unitName, headingId }: LeaderProposalProps) {
  const styles = useLeaderProposalStyles();
  return (
    <div className={styles.root} aria-labelledby={headingId} role="group">
      <Text>
        {say("leader", language)} {rotation.year}:{" "}
        <Text weight="semibold">
          {rotation.leaderUnitId ? unitName(rotation.leaderUnitId) : say("forMeeting", language)}
        </Text>
      </Text>
      {rotation.deputyUnitId && (
        <Text>
          {say("deputy", language)} {rotation.year}:{" "}
          <Text weight="semibold">{unitName(rotation.deputyUnitId)}</Text>
        </Text>
      )}
      {rotation.tiedUnitIds.length > 0 && (
        <Text>
          {say("tiedCandidates", language)} {rotation.tiedUnitIds.map(unitName).join(", ")}
        </Text>
      )}
      <ul className={styles.list}>
        {rotation.reasons.map((reason, index) => (
          <li key={index}>{reason[language]}</li>
        ))}
      </ul>
      {rotation.alternatives.length > 0 && (
        <>
          <Text weight="semibold">{say("alternatives", language)}</Text>
          <ul className={styles.list}>
            {rotation.alternatives.map((alternative) => (
              <li key={alternative.unitId}>
                {unitName(alternative.unitId)}: {alternative.reason[language]}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
