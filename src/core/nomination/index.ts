export {
  LEFT_TO_CHAIR,
  NO_AWARD,
  OUTCOME,
  OUTCOME_NAMES,
  UNMET,
  type AwardDecisions,
  type QuotaTie,
} from "./awardDecisions";
export { blockedUnitIds, blockingReasons } from "./blockingReasons";
export { decideAwards, decideAwardsWithBallots, type NominateArgs } from "./decideAwards";
export { nominate, nominationsOf } from "./nominate";
export { reasonWords, reasonWriter, sameReasonAsAbove, type ReasonWriter } from "./reasonWords";
