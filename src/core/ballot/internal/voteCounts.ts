import { localized, type Localized } from "../../localized";
import type { UnitBallot } from "../../model";
import { problem, type Problem, type ProblemCode } from "../../problem";
import { countText } from "./countText";

/** A ballot on one award (a vote), or on every award put to the vote (a unit ballot). */
export type BallotInput = UnitBallot & { readonly awardId?: string };

/** The counts a vote row may carry. */
export type CountField =
  "inFavour" | "ballotsValid" | "ballotsIssued" | "membersPresent" | "membersTotal";

export const COUNT_NAMES: Readonly<Record<CountField, Localized>> = {
  inFavour: { vi: "số phiếu đồng ý", en: "votes in favour" },
  ballotsValid: { vi: "số phiếu hợp lệ", en: "valid ballots" },
  ballotsIssued: { vi: "số phiếu phát ra", en: "ballots issued" },
  membersPresent: { vi: "số thành viên có mặt", en: "members present" },
  membersTotal: { vi: "tổng số thành viên", en: "members in total" },
};

/** Counts that should not exceed the next: valid ≤ issued ≤ present ≤ total. */
export const ORDERED: readonly CountField[] = [
  "ballotsValid",
  "ballotsIssued",
  "membersPresent",
  "membersTotal",
];

/** The counts of a vote; a count absent (null, or undefined) is not given. */
export type Counts = Readonly<Partial<Record<CountField, number | null>>>;

/**
 * Adds a problem of `vote`'s ballot to `problems`. A plain function of the vote rather than a
 * closure per ballot: a list counts a ballot per unit and award, and most have no problem.
 */
export function reportBallot(
  problems: Problem[],
  vote: BallotInput,
  code: ProblemCode,
  severity: "error" | "warning",
  detail: Localized
): void {
  problems.push(
    problem(
      code,
      severity,
      vote.awardId === undefined
        ? localized(
            `Phiếu bầu của đơn vị "${vote.unitId}": ${detail.vi}`,
            `Ballot for unit "${vote.unitId}": ${detail.en}`
          )
        : localized(
            `Phiếu bầu "${vote.awardId}" của đơn vị "${vote.unitId}": ${detail.vi}`,
            `Ballot on "${vote.awardId}" for unit "${vote.unitId}": ${detail.en}`
          ),
      { location: vote.location, unitId: vote.unitId }
    )
  );
}

/** Each count, or absent when not given or not a whole number ≥ 0 (reported). */
export function readCounts(vote: BallotInput, problems: Problem[]): Counts {
  // A vote whose counts are all given right, the usual case, is its own counts: nothing to
  // report, and no record made for each of the ballots of a list.
  if (
    isCount(vote.inFavour) &&
    isCount(vote.ballotsValid) &&
    isCount(vote.ballotsIssued) &&
    isCount(vote.membersPresent) &&
    isCount(vote.membersTotal)
  )
    return vote;
  // Read by name rather than by a field variable: a lookup by variable key is several times
  // slower, and a nomination list counts a ballot per unit and award.
  return {
    inFavour: readCount(vote.inFavour, "inFavour", vote, problems),
    ballotsValid: readCount(vote.ballotsValid, "ballotsValid", vote, problems),
    ballotsIssued: readCount(vote.ballotsIssued, "ballotsIssued", vote, problems),
    membersPresent: readCount(vote.membersPresent, "membersPresent", vote, problems),
    membersTotal: readCount(vote.membersTotal, "membersTotal", vote, problems),
  };
}

/** Absent, or a whole number ≥ 0: a count that is read as it is. */
function isCount(value: number | undefined): boolean {
  return value === undefined || isWholeCount(value);
}

/** A whole number ≥ 0: a count given right. */
export function isWholeCount(value: number | undefined): value is number {
  return Number.isInteger(value) && value! >= 0;
}

function readCount(
  value: number | undefined,
  field: CountField,
  vote: BallotInput,
  problems: Problem[]
): number | null {
  if (value === undefined) return null;
  if (isCount(value)) return value;
  const given = countText(value);
  reportBallot(
    problems,
    vote,
    "vote.inconsistent",
    "error",
    localized(
      `${COUNT_NAMES[field].vi} là ${given.vi}, phải là số nguyên không âm.`,
      `the ${COUNT_NAMES[field].en} is ${given.en}; it must be a whole number, at least 0.`
    )
  );
  return null;
}

/** The first of `ORDERED` that is given and smaller than `count`, if any. */
export function firstBelow(counts: Counts, count: number): CountField | undefined {
  for (let position = 0; position < ORDERED.length; position++) {
    const other = orderedCount(counts, position);
    if (other !== null && count > other) return ORDERED[position];
  }
  return undefined;
}

/** Reports each count larger than the next one given (valid ≤ issued ≤ present ≤ total). */
export function checkOrder(counts: Counts, vote: BallotInput, problems: Problem[]): void {
  for (let position = 0; position < ORDERED.length; position++) {
    const small = orderedCount(counts, position);
    if (small === null) continue;
    const next = nextGiven(counts, position + 1);
    if (next === undefined) continue;
    const large = orderedCount(counts, next)!;
    if (small <= large) continue;
    const smaller = ORDERED[position]!;
    const larger = ORDERED[next]!;
    const smallText = countText(small);
    const largeText = countText(large);
    reportBallot(
      problems,
      vote,
      "vote.inconsistent",
      "error",
      localized(
        `${COUNT_NAMES[smaller].vi} (${smallText.vi}) nhiều hơn ${COUNT_NAMES[larger].vi} (${largeText.vi}).`,
        `the ${COUNT_NAMES[smaller].en} (${smallText.en}) are more than the ${COUNT_NAMES[larger].en} (${largeText.en}).`
      )
    );
  }
}

/**
 * The count at `position` in `ORDERED`, read by name: a lookup by a field variable is several
 * times slower, and a list counts a ballot per unit and award.
 */
function orderedCount(counts: Counts, position: number): number | null {
  switch (position) {
    case 0:
      return counts.ballotsValid ?? null;
    case 1:
      return counts.ballotsIssued ?? null;
    case 2:
      return counts.membersPresent ?? null;
    default:
      return counts.membersTotal ?? null;
  }
}

/** The position of the first count from `from` on in `ORDERED` that is given. */
function nextGiven(counts: Counts, from: number): number | undefined {
  for (let position = from; position < ORDERED.length; position++) {
    if (orderedCount(counts, position) !== null) return position;
  }
  return undefined;
}
