import type { LeaderHistoryEntry, UnitInput } from "../model";
import type { Problem } from "../problem";
import type { RotationRules } from "../profile/types";
import type { RotationProposal, UnitResult } from "../result";
import { deputySucceeds } from "./internal/deputySucceeds";
import { fixedOrder } from "./internal/fixedOrder";
import { highestNotRecent } from "./internal/highestNotRecent";
import { emptyDraft, toDecision } from "./internal/rotationContext";
import { rotationOrder } from "./internal/rotationOrder";

export interface ProposeLeaderArgs {
  /** The review year; the proposal is for the year after. */
  readonly year: number;
  /** Ranked units (used by `highestNotRecent`). */
  readonly units: readonly UnitResult[];
  /** The bloc's members, with their rotation order (used by `fixedOrder` and `deputySucceeds`). */
  readonly unitInputs: readonly UnitInput[];
  readonly leaderHistory: readonly LeaderHistoryEntry[];
  /** Units that may not be proposed for anything (see `blockedUnitIds`). */
  readonly blockedUnitIds: ReadonlySet<string>;
  readonly rules: RotationRules;
  /** False to leave the alternatives out (each unit that could lead, with why not); default true. */
  readonly listAlternatives?: boolean;
}

/**
 * Next year's bloc leader (and deputy, when the rules choose one) by the profile's rotation mode,
 * with the rule, the history behind it and the alternatives in words. A tie at the top or no
 * possible candidate leaves the choice to the meeting, with a warning.
 */
export function proposeLeader(args: ProposeLeaderArgs): {
  proposal: RotationProposal;
  problems: Problem[];
} {
  const draft = emptyDraft();
  if (args.rules.mode === "highestNotRecent") {
    highestNotRecent(args, draft);
  } else {
    const order = rotationOrder(args.unitInputs);
    draft.problems.push(...order.problems);
    if (args.rules.mode === "fixedOrder") {
      fixedOrder(args, draft, order, { chooseDeputy: args.rules.chooseDeputy, stateRule: true });
    } else {
      deputySucceeds(args, draft, order);
    }
  }
  return toDecision(args, draft);
}
