import { DeferredText } from "../../deferredText";
import { localized, type Language, type Localized } from "../../localized";
import { problem } from "../../problem";
import type { UnitResult } from "../../result";
import {
  BLOCKED_TEXT,
  historyLine,
  isExcluded,
  ordinal,
  reportNoCandidate,
  reportNoDeputy,
  type Draft,
  type RotationArgs,
} from "./rotationContext";
import { compareVietnamese } from "../../text/compareVietnamese";
import { joinReasonWords } from "../../text/joinReasons";

const PROPOSED_AS_DEPUTY = localized("được đề xuất làm Khối phó", "proposed as deputy");

/**
 * The highest-ranked unit that has not led in the last `lookbackYears` years (the review year
 * included) leads; with `chooseDeputy`, the next such unit is deputy. A tie on rank at the top
 * is left to the meeting.
 */
export function highestNotRecent(args: RotationArgs, draft: Draft): void {
  const { year, rules } = args;
  const from = year - rules.lookbackYears + 1;
  const recentYears = recentLeadYears(args, from);

  draft.reasons.push(ruleText(args, from));
  for (let historyYear = from; historyYear <= year; historyYear++)
    draft.reasons.push(historyLine(args, historyYear));

  // In rank order, ties in the order given (the sort is stable).
  const ranked = args.units.slice().sort((a, b) => a.rank - b.rank);
  const eligible: UnitResult[] = [];
  const excludedBecause = new Map<string, Localized[]>();
  for (let position = 0; position < ranked.length; position++) {
    const unit = ranked[position]!;
    const blocked = isExcluded(args, unit.unitId);
    const led = recentYears.get(unit.unitId);
    if (!blocked && led === undefined) {
      eligible.push(unit);
      continue;
    }
    const why: Localized[] = [];
    if (blocked) why.push(BLOCKED_TEXT);
    if (led !== undefined)
      why.push(localized(`đã làm Khối trưởng năm ${led.join(", ")}`, `led in ${led.join(", ")}`));
    excludedBecause.set(unit.unitId, why);
  }

  const leaders = topGroup(eligible, 0);
  if (leaders.length === 0) {
    reportNoCandidate(args, draft);
  } else if (leaders.length > 1) {
    tie(args, draft, leaders, "leader");
  } else {
    const leader = leaders[0]!;
    draft.leaderUnitId = leader.unitId;
    draft.reasons.push(
      localized(
        `Đề xuất ${leader.name} (hạng ${leader.rank}) làm Khối trưởng năm ${year + 1}`,
        `Proposed: ${leader.name} (ranked ${ordinal(leader.rank)}) as bloc leader for ${year + 1}`
      )
    );
    if (rules.chooseDeputy) chooseDeputy(args, draft, topGroup(eligible, 1));
  }

  if (args.listAlternatives === false) return;
  const tied = new Set(draft.tiedUnitIds);
  for (let position = 0; position < ranked.length; position++) {
    const unit = ranked[position]!;
    if (unit.unitId === draft.leaderUnitId || tied.has(unit.unitId)) continue;
    const reason = new AlternativeText(
      unit.rank,
      excludedBecause.get(unit.unitId),
      unit.unitId === draft.deputyUnitId
    );
    draft.alternatives.push({ unitId: unit.unitId, reason });
  }
}

/**
 * "Xếp hạng thấp hơn (hạng 3); được đề xuất làm Khối phó", and the like. Worded when read, one
 * object with its facts: a bloc of thousands lists every unit as an alternative.
 */
class AlternativeText extends DeferredText {
  constructor(
    private readonly rank: number,
    /** Why the unit may not lead; undefined when it only ranks lower. */
    private readonly excludedBecause: readonly Localized[] | undefined,
    private readonly deputy: boolean
  ) {
    super();
  }

  protected override write(language: Language): string {
    const why = this.excludedBecause?.map((reason) => reason[language]) ?? [
      language === "vi"
        ? `xếp hạng thấp hơn (hạng ${this.rank})`
        : `ranked lower (${ordinal(this.rank)})`,
    ];
    if (this.deputy) why.push(PROPOSED_AS_DEPUTY[language]);
    return joinReasonWords(why, language);
  }
}

/** The years each unit led within `from`…`year`, in order (one pass over the history). */
function recentLeadYears(args: RotationArgs, from: number): Map<string, number[]> {
  const years = new Map<string, number[]>();
  for (const entry of args.leaderHistory) {
    if (entry.year < from || entry.year > args.year) continue;
    const led = years.get(entry.leaderUnitId);
    if (led) led.push(entry.year);
    else years.set(entry.leaderUnitId, [entry.year]);
  }
  for (const led of years.values()) led.sort((a, b) => a - b);
  return years;
}

/**
 * The units sharing the best rank among `eligible` (in rank order) after skipping the first
 * `skip` of them.
 */
function topGroup(eligible: readonly UnitResult[], skip: number): UnitResult[] {
  const first = eligible[skip];
  if (!first) return [];
  let end = skip + 1;
  while (end < eligible.length && eligible[end]!.rank === first.rank) end++;
  return eligible.slice(skip, end);
}

function chooseDeputy(args: RotationArgs, draft: Draft, deputies: readonly UnitResult[]): void {
  const next = args.year + 1;
  if (deputies.length === 0) {
    reportNoDeputy(args, draft);
  } else if (deputies.length > 1) {
    tie(args, draft, deputies, "deputy");
  } else {
    const deputy = deputies[0]!;
    draft.deputyUnitId = deputy.unitId;
    draft.reasons.push(
      localized(
        `Đề xuất ${deputy.name} (hạng ${deputy.rank}) làm Khối phó năm ${next}`,
        `Proposed: ${deputy.name} (ranked ${ordinal(deputy.rank)}) as deputy for ${next}`
      )
    );
  }
}

function tie(
  args: RotationArgs,
  draft: Draft,
  group: readonly UnitResult[],
  role: "leader" | "deputy"
): void {
  const next = args.year + 1;
  // In Vietnamese name order, whatever order the tied units came in (stably).
  const sorted = [...group].sort((a, b) => compareVietnamese(a.name, b.name));
  const names = sorted.map((unit) => unit.name).join(", ");
  const rank = sorted[0]!.rank;
  const roleText =
    role === "leader" ? localized("Khối trưởng", "bloc leader") : localized("Khối phó", "deputy");
  draft.tiedUnitIds.push(...sorted.map((unit) => unit.unitId));
  draft.reasons.push(
    localized(
      `Đồng hạng ${rank}: ${names}; hội nghị quyết định ${roleText.vi} năm ${next}`,
      `Tied for rank ${rank}: ${names}; the meeting decides the ${roleText.en} for ${next}`
    )
  );
  draft.problems.push(
    problem(
      "rotation.tie",
      "warning",
      localized(
        `Các đơn vị đồng hạng ${rank} (${names}) cùng có thể làm ${roleText.vi} năm ${next}; chủ trì hội nghị quyết định.`,
        `Units tied for rank ${rank} (${names}) could each be ${roleText.en} for ${next}; the chair decides.`
      ),
      { unitId: sorted[0]!.unitId }
    )
  );
}

function ruleText(args: RotationArgs, from: number): Localized {
  const { year, rules } = args;
  const blocked = rules.excludeBlocked
    ? localized(
        ", trừ đơn vị thuộc diện không được đề nghị khen thưởng",
        ", leaving out blocked units"
      )
    : localized("", "");
  if (rules.lookbackYears <= 0) {
    return localized(
      `Quy tắc: Khối trưởng là đơn vị xếp hạng cao nhất${blocked.vi}`,
      `Rule: the bloc leader is the highest-ranked unit${blocked.en}`
    );
  }
  const span =
    rules.lookbackYears === 1
      ? `năm ${year}`
      : `${rules.lookbackYears} năm gần nhất (${from}–${year})`;
  const spanEn =
    rules.lookbackYears === 1
      ? `in ${year}`
      : `in the last ${rules.lookbackYears} years (${from}–${year})`;
  return localized(
    `Quy tắc: Khối trưởng là đơn vị xếp hạng cao nhất chưa làm Khối trưởng trong ${span}${blocked.vi}`,
    `Rule: the bloc leader is the highest-ranked unit that did not lead ${spanEn}${blocked.en}`
  );
}
