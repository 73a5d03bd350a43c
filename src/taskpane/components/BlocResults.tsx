import { makeStyles, Title3, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Language } from "../../core/localized";
import type { RuleProfile } from "../../core/profile/types";
import type { BlocAnalysis } from "../../job/analyzeWorkbook";
import { namers } from "../results/namers";
import { say } from "../strings";
import { BallotTable } from "./BallotTable";
import { LeaderProposal } from "./LeaderProposal";
import { ProposalTable } from "./ProposalTable";
import { RankingTable } from "./RankingTable";

const useBlocResultsStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { marginTop: tokens.spacingVerticalM },
});

export interface BlocResultsProps {
  readonly bloc: BlocAnalysis;
  readonly profile: RuleProfile;
  readonly language: Language;
}

/** One bloc's decisions: ranking, ballots, proposed awards and the leader proposal. */
export function BlocResults({ bloc, profile, language }: BlocResultsProps) {
  const styles = useBlocResultsStyles();
  const { result, input } = bloc;
  const names = namers(input, profile, language);
  const ids = {
    bloc: React.useId(),
    ranking: React.useId(),
    ballots: React.useId(),
    proposals: React.useId(),
    leader: React.useId(),
  };
  return (
    <article className={styles.root} aria-labelledby={ids.bloc}>
      <Title3 as="h3" id={ids.bloc}>
        {input.blocName}
      </Title3>
      <h4 className={styles.heading} id={ids.ranking}>
        {say("ranking", language)}
      </h4>
      <RankingTable units={result.units} language={language} captionId={ids.ranking} />
      <h4 className={styles.heading} id={ids.ballots}>
        {say("ballots", language)}
      </h4>
      <BallotTable
        ballots={result.ballots}
        language={language}
        unitName={names.unit}
        awardName={names.award}
        captionId={ids.ballots}
      />
      <h4 className={styles.heading} id={ids.proposals}>
        {say("proposals", language)}
      </h4>
      <ProposalTable
        nominations={result.nominations}
        language={language}
        unitName={names.unit}
        awardName={names.award}
        captionId={ids.proposals}
      />
      <h4 className={styles.heading} id={ids.leader}>
        {say("leaderTitle", language)} {result.rotation.year}
      </h4>
      <LeaderProposal
        rotation={result.rotation}
        language={language}
        unitName={names.unit}
        headingId={ids.leader}
      />
    </article>
  );
}
