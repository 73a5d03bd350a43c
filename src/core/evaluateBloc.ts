import { decideBloc } from "./decideBloc";
import type { BlocInput } from "./model";
import { hasBlockingProblem } from "./problem";
import type { RuleProfile } from "./profile/types";
import type { BlocResult } from "./result";
import { scoreUnits } from "./scoring";
import { checkUnitReferences } from "./validation/checkUnitReferences";

/**
 * The whole engine for one bloc and one year: checks the input, scores, ranks, grades, counts the
 * ballots, proposes awards and the next leader. Pure; problems are returned, never thrown.
 */
export function evaluateBloc(input: BlocInput, profile: RuleProfile): BlocResult {
  const referenceProblems = checkUnitReferences(input);
  const scoring = scoreUnits(input, profile);
  const decided = decideBloc({
    year: input.year,
    blocName: input.blocName,
    scored: scoring.units,
    unitInputs: input.units,
    votes: input.votes,
    conditions: input.conditions,
    awardHistory: input.awardHistory,
    leaderHistory: input.leaderHistory,
    profile,
  });
  const problems = [...referenceProblems, ...scoring.problems, ...decided.problems];
  return { ...decided, problems, blocked: hasBlockingProblem(problems) };
}
