import type { BlocInput } from "../core/model";
import type { Problem } from "../core/problem";
import type { RuleProfile } from "../core/profile/types";
import type { BlocResult } from "../core/result";
import { buildBallotResults } from "./buildBallotResults";
import { buildDataCheck } from "./buildDataCheck";
import { buildLeaderProposal } from "./buildLeaderProposal";
import { buildNominationList } from "./buildNominationList";
import { buildScoreSummary } from "./buildScoreSummary";
import type { DocumentMeta } from "./documentMeta";
import type { DocumentKind, SheetSpec } from "./sheetSpec";

/** Every document, in the order they are printed (SPEC §5). */
export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  "dataCheck",
  "scoreSummary",
  "ballotResults",
  "nominationList",
  "leaderProposal",
];

export interface BuildDocumentsArgs {
  readonly result: BlocResult;
  readonly input: BlocInput;
  readonly profile: RuleProfile;
  readonly meta: DocumentMeta;
  /** The problems for the data check (usually the readers' problems and the result's). */
  readonly problems: readonly Problem[];
  /** The documents wanted; all of them when absent. Printed in the order of `DOCUMENT_KINDS`. */
  readonly kinds?: readonly DocumentKind[];
}

/** The sheet specs of the selected documents for one bloc and one year. */
export function buildDocuments(args: BuildDocumentsArgs): SheetSpec[] {
  const { result, input, profile, meta } = args;
  const wanted = new Set(args.kinds ?? DOCUMENT_KINDS);
  const builders: Readonly<Record<DocumentKind, () => SheetSpec>> = {
    dataCheck: () => buildDataCheck(args.problems, meta, result.year),
    scoreSummary: () => buildScoreSummary(result, input, profile, meta),
    ballotResults: () => buildBallotResults(result, input, profile, meta),
    nominationList: () => buildNominationList(result, input, profile, meta),
    leaderProposal: () => buildLeaderProposal(result, input, profile, meta),
  };
  return DOCUMENT_KINDS.filter((kind) => wanted.has(kind)).map((kind) => builders[kind]());
}
