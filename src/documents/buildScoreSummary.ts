import { localized, type Language, type Localized } from "../core/localized";
import type { BlocInput } from "../core/model";
import type { RuleProfile } from "../core/profile/types";
import type { BlocResult, UnitResult } from "../core/result";
import { gradeLabel } from "../core/scoring";
import type { DocumentMeta } from "./documentMeta";
import { addHeaderBlock } from "./layout/addHeaderBlock";
import { addParagraph } from "./layout/addParagraph";
import { addSignatureBlock } from "./layout/addSignatureBlock";
import { addTable, type TableCell } from "./layout/addTable";
import { addTitle } from "./layout/addTitle";
import { finishSheet } from "./layout/finishSheet";
import { fitColumnWidths } from "./layout/fitColumnWidths";
import { formatNumber } from "./layout/formatNumber";
import { createSheetDraft } from "./layout/sheetDraft";
import { say } from "./layout/say";
import { tieBreakText } from "./layout/tieBreakText";
import { unitNamer } from "./layout/unitNamer";
import type { SheetSpec } from "./sheetSpec";

/** Scores with one decimal, or two when the score has them (so 95.25 and 95.3 never look alike). */
const SCORE_FORMAT = "#,##0.0#";

const TEXT = {
  title: (year: number) =>
    localized(
      `Bảng tổng hợp kết quả chấm điểm thi đua năm ${year}`,
      `Summary of emulation scores, ${year}`
    ),
  columns: [
    localized("STT", "No."),
    localized("Tên đơn vị", "Unit"),
    localized("Tự chấm", "Self score"),
    localized("Khối chấm", "Bloc score"),
    localized("Điểm thưởng", "Bonus"),
    localized("Điểm trừ", "Deduction"),
    localized("Tổng điểm", "Total"),
    localized("Xếp hạng", "Rank"),
    localized("Xếp loại", "Grade"),
  ],
  tied: localized("đồng hạng", "tied"),
  none: localized("Không có đơn vị nào được chấm điểm.", "No unit was scored."),
  tieNote: (keys: string, language: Language) =>
    language === "vi"
      ? `Ghi chú: “đồng hạng” là các đơn vị vẫn bằng nhau sau mọi tiêu chí phụ (${keys}); thứ tự giữa các đơn vị này do chủ trì hội nghị quyết định.`
      : `Note: “tied” marks units still level after every tie-break (${keys}); their order is left to the chair of the meeting.`,
  noTieBreaks: localized("không có tiêu chí phụ", "no tie-break"),
};

const COUNTING: Readonly<Record<RuleProfile["scoring"]["countingScore"], Localized>> = {
  bloc: localized("điểm Khối chấm", "the bloc's score"),
  self: localized("điểm tự chấm", "the self score"),
  average: localized(
    "trung bình điểm tự chấm và Khối chấm",
    "the mean of the self and bloc scores"
  ),
};

function scoringNote(profile: RuleProfile, language: Language): string {
  const scoring = profile.scoring;
  const number = (value: number) => formatNumber(value, language);
  const cap = (value: number | null) =>
    value === null
      ? ""
      : language === "vi"
        ? ` (tối đa ${number(value)})`
        : ` (at most ${number(value)})`;
  const grades = profile.grades;
  if (language === "vi") {
    return (
      `Cách tính: Tổng điểm = ${COUNTING[scoring.countingScore].vi} + điểm thưởng${cap(scoring.bonusCap)} − điểm trừ${cap(scoring.deductionCap)}; ` +
      `thang điểm ${number(scoring.maxTotal)}. Xếp loại: ${gradeLabel("excellent").vi} từ ${number(grades.excellent)} điểm; ` +
      `${gradeLabel("good").vi} từ ${number(grades.good)} điểm; ${gradeLabel("pass").vi} từ ${number(grades.pass)} điểm.`
    );
  }
  return (
    `Total = ${COUNTING[scoring.countingScore].en} + bonus${cap(scoring.bonusCap)} − deduction${cap(scoring.deductionCap)}; ` +
    `out of ${number(scoring.maxTotal)}. Grades: ${gradeLabel("excellent").en} from ${number(grades.excellent)}; ` +
    `${gradeLabel("good").en} from ${number(grades.good)}; ${gradeLabel("pass").en} from ${number(grades.pass)}.`
  );
}

function rankCell(unit: UnitResult, language: Language): TableCell {
  return unit.tied
    ? { value: `${unit.rank} (${say(TEXT.tied, language)})`, align: "center", bold: true }
    : { value: unit.rank, align: "center", numberFormat: "0" };
}

function score(value: number | null): TableCell {
  return value === null ? { value: "", align: "center" } : { value, numberFormat: SCORE_FORMAT };
}

/**
 * The score summary (SPEC §5.2, *Bảng tổng hợp kết quả chấm điểm*): per unit in rank order the
 * self score, bloc score, bonus, deduction, total, rank and grade. Tied units show their rank as
 * "2 (đồng hạng)", and a note under the table says the chair orders them.
 */
export function buildScoreSummary(
  result: BlocResult,
  input: BlocInput,
  profile: RuleProfile,
  meta: DocumentMeta
): SheetSpec {
  const language = meta.language;
  const name = unitNamer(result, input);
  const draft = createSheetDraft(fitColumnWidths([3.5, 19, 7, 7.5, 7.5, 7, 7.5, 8, 15.5]));
  addHeaderBlock(draft, meta);
  addTitle(draft, say(TEXT.title(result.year), language), result.blocName);

  const rows: TableCell[][] = result.units.map((unit, index) => [
    { value: index + 1, align: "center", numberFormat: "0" },
    { value: name(unit.unitId) },
    score(unit.selfPoints),
    score(unit.blocPoints),
    score(unit.bonus),
    score(unit.deduction),
    { value: unit.total, numberFormat: SCORE_FORMAT, bold: true },
    rankCell(unit, language),
    { value: say(gradeLabel(unit.grade), language), align: "center" },
  ]);
  if (rows.length === 0)
    rows.push([{ value: say(TEXT.none, language), span: 9, align: "center", italic: true }]);
  const table = addTable(draft, {
    columns: TEXT.columns.map((header) => ({ header: say(header, language) })),
    rows,
  });

  addParagraph(draft, scoringNote(profile, language), { italic: true, fontSize: 12 });
  if (result.units.some((unit) => unit.tied)) {
    const keys = profile.ranking.tieBreaks.map((key) => say(tieBreakText(key, profile), language));
    const listed = keys.length === 0 ? say(TEXT.noTieBreaks, language) : keys.join("; ");
    addParagraph(draft, TEXT.tieNote(listed, language), { italic: true, fontSize: 12 });
  }
  addSignatureBlock(draft, meta);
  return finishSheet(draft, {
    kind: "scoreSummary",
    year: result.year,
    language,
    headerRow: table.headerRow,
  });
}
