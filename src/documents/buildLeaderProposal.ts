import { localized, type Language } from "../core/localized";
import type { BlocInput } from "../core/model";
import type { RuleProfile } from "../core/profile/types";
import type { BlocResult } from "../core/result";
import type { DocumentMeta } from "./documentMeta";
import { addHeaderBlock } from "./layout/addHeaderBlock";
import { addParagraph } from "./layout/addParagraph";
import { addSignatureBlock } from "./layout/addSignatureBlock";
import { addTable, type TableCell } from "./layout/addTable";
import { addTitle } from "./layout/addTitle";
import { finishSheet } from "./layout/finishSheet";
import { fitColumnWidths } from "./layout/fitColumnWidths";
import { rotationRuleText } from "./layout/rotationRuleText";
import { addBlankRows, createSheetDraft } from "./layout/sheetDraft";
import { say } from "./layout/say";
import { unitNamer } from "./layout/unitNamer";
import type { SheetSpec } from "./sheetSpec";

const SCORE_FORMAT = "#,##0.0#";

const TEXT = {
  title: (next: number, deputy: boolean) =>
    deputy
      ? localized(
          `Đề xuất Khối trưởng, Khối phó năm ${next}`,
          `Proposed bloc leader and deputy for ${next}`
        )
      : localized(`Đề xuất Khối trưởng năm ${next}`, `Proposed bloc leader for ${next}`),
  proposalHeading: localized("1. Đề xuất", "1. Proposal"),
  leader: (next: number) => localized(`Khối trưởng năm ${next}`, `Bloc leader for ${next}`),
  deputy: (next: number) => localized(`Khối phó năm ${next}`, `Deputy for ${next}`),
  meetingDecides: localized("Hội nghị quyết định", "The meeting decides"),
  tiedBetween: localized("đồng hạng", "tied"),
  noCandidate: localized("không có đơn vị đủ điều kiện", "no unit qualifies"),
  ruleHeading: localized("2. Quy tắc luân phiên", "2. Rotation rule"),
  reasonsHeading: localized("3. Căn cứ đề xuất", "3. Grounds"),
  historyHeading: localized(
    "4. Lịch sử Khối trưởng, Khối phó",
    "4. Leaders and deputies in earlier years"
  ),
  historyColumns: [
    localized("Năm", "Year"),
    localized("Khối trưởng", "Leader"),
    localized("Khối phó", "Deputy"),
  ],
  noHistory: localized("Chưa có dữ liệu", "Not recorded"),
  alternativesHeading: localized("5. Các đơn vị khác", "5. Other units"),
  alternativeColumns: [
    localized("STT", "No."),
    localized("Tên đơn vị", "Unit"),
    localized("Xếp hạng", "Rank"),
    localized("Tổng điểm", "Total"),
    localized("Lý do không được đề xuất", "Why not proposed"),
  ],
  noAlternative: localized("Không có đơn vị nào khác.", "No other unit."),
};

/** "Quy tắc: …" / "Rule: …": the engine's own statement of the rule, printed in section 2 instead. */
function isRuleStatement(text: string, language: Language): boolean {
  return text.startsWith(language === "vi" ? "Quy tắc:" : "Rule:");
}

/**
 * The leader rotation proposal (SPEC §5.5, *Đề xuất Khối trưởng, Khối phó năm …*): next year's
 * leader (and deputy), the rotation rule in words, the grounds, the leader history, and the
 * other units with why each was not proposed. Units tied for a post are shown as "Hội nghị
 * quyết định" (the meeting decides).
 */
export function buildLeaderProposal(
  result: BlocResult,
  input: BlocInput,
  profile: RuleProfile,
  meta: DocumentMeta
): SheetSpec {
  const language = meta.language;
  const rotation = result.rotation;
  const next = result.year + 1;
  const name = unitNamer(result, input);
  const withHead = (unitId: string) => {
    const unit = input.units.find((candidate) => candidate.id === unitId);
    const head = [unit?.headTitle?.trim() ?? "", unit?.headName?.trim() ?? ""]
      .filter((part) => part !== "")
      .join(" ");
    return head === "" ? name(unitId) : `${name(unitId)} (${head})`;
  };
  const unitOf = (unitId: string) => result.units.find((unit) => unit.unitId === unitId);
  const rankText = (unitId: string): TableCell => {
    const unit = unitOf(unitId);
    if (unit === undefined) return { value: "", align: "center" };
    return unit.tied
      ? { value: `${unit.rank} (${say(TEXT.tiedBetween, language)})`, align: "center" }
      : { value: unit.rank, align: "center", numberFormat: "0" };
  };
  const hasDeputy =
    profile.rotation.chooseDeputy ||
    profile.rotation.mode === "deputySucceeds" ||
    rotation.deputyUnitId !== null;

  const draft = createSheetDraft(fitColumnWidths([5, 29, 8, 10, 34]));
  addHeaderBlock(draft, meta);
  addTitle(draft, say(TEXT.title(next, hasDeputy), language), result.blocName);

  const tiedNames = rotation.tiedUnitIds.map(name).join(", ");
  const decides = (detail: string | null) =>
    detail === null
      ? say(TEXT.meetingDecides, language)
      : `${say(TEXT.meetingDecides, language)} (${detail})`;
  const tiedDetail =
    tiedNames === ""
      ? say(TEXT.noCandidate, language)
      : `${say(TEXT.tiedBetween, language)}: ${tiedNames}`;
  addParagraph(draft, say(TEXT.proposalHeading, language), { bold: true });
  const leaderText =
    rotation.leaderUnitId === null ? decides(tiedDetail) : withHead(rotation.leaderUnitId);
  addParagraph(draft, `${say(TEXT.leader(next), language)}: ${leaderText}`, { bold: true });
  if (hasDeputy) {
    const deputyText =
      rotation.deputyUnitId !== null
        ? withHead(rotation.deputyUnitId)
        : decides(rotation.leaderUnitId === null ? null : tiedDetail);
    addParagraph(draft, `${say(TEXT.deputy(next), language)}: ${deputyText}`, { bold: true });
  }

  addParagraph(draft, say(TEXT.ruleHeading, language), { bold: true });
  addParagraph(draft, say(rotationRuleText(profile.rotation, result.year), language));

  const reasons = rotation.reasons
    .map((reason) => say(reason, language))
    .filter((text) => !isRuleStatement(text, language));
  if (reasons.length > 0) {
    addParagraph(draft, say(TEXT.reasonsHeading, language), { bold: true });
    for (const reason of reasons) addParagraph(draft, `- ${reason}`);
  }

  addParagraph(draft, say(TEXT.historyHeading, language), { bold: true });
  const history = [...input.leaderHistory]
    .filter((entry) => entry.year <= result.year)
    .sort((a, b) => a.year - b.year);
  const historyRows: TableCell[][] = history.map((entry) => [
    { value: entry.year, align: "center", numberFormat: "0" },
    { value: name(entry.leaderUnitId) },
    { value: entry.deputyUnitId === undefined ? "" : name(entry.deputyUnitId) },
  ]);
  if (historyRows.length === 0)
    historyRows.push([
      { value: say(TEXT.noHistory, language), span: 3, align: "center", italic: true },
    ]);
  addTable(draft, {
    columns: [
      { header: say(TEXT.historyColumns[0]!, language) },
      { header: say(TEXT.historyColumns[1]!, language), span: 2 },
      { header: say(TEXT.historyColumns[2]!, language), span: 2 },
    ],
    rows: historyRows,
  });

  addBlankRows(draft, 1);
  addParagraph(draft, say(TEXT.alternativesHeading, language), { bold: true });
  const tiedRows = rotation.tiedUnitIds.map((unitId) => ({
    unitId,
    reason: `${say(TEXT.tiedBetween, language)}: ${say(TEXT.meetingDecides, language)}`,
    decided: true,
  }));
  const others = rotation.alternatives
    .filter((candidate) => !rotation.tiedUnitIds.includes(candidate.unitId))
    .map((candidate) => ({
      unitId: candidate.unitId,
      reason: say(candidate.reason, language),
      decided: false,
    }));
  const alternativeRows: TableCell[][] = [...tiedRows, ...others].map((entry, index) => {
    const unit = unitOf(entry.unitId);
    return [
      { value: index + 1, align: "center", numberFormat: "0" },
      { value: name(entry.unitId) },
      rankText(entry.unitId),
      unit === undefined ? { value: "" } : { value: unit.total, numberFormat: SCORE_FORMAT },
      {
        value: entry.reason.charAt(0).toLocaleUpperCase("vi") + entry.reason.slice(1),
        bold: entry.decided,
      },
    ];
  });
  if (alternativeRows.length === 0)
    alternativeRows.push([
      { value: say(TEXT.noAlternative, language), span: 5, align: "center", italic: true },
    ]);
  const table = addTable(draft, {
    columns: TEXT.alternativeColumns.map((header) => ({ header: say(header, language) })),
    rows: alternativeRows,
  });

  addSignatureBlock(draft, meta);
  return finishSheet(draft, {
    kind: "leaderProposal",
    year: result.year,
    language,
    headerRow: table.headerRow,
  });
}
