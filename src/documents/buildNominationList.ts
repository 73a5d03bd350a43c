import { localized, type Localized } from "../core/localized";
import type { BlocInput } from "../core/model";
import type { RuleProfile } from "../core/profile/types";
import type { AwardReason, BlocResult, Nomination } from "../core/result";
import { compareVietnamese } from "../core/text";
import type { DocumentMeta } from "./documentMeta";
import { addHeaderBlock } from "./layout/addHeaderBlock";
import { addParagraph } from "./layout/addParagraph";
import { addSignatureBlock } from "./layout/addSignatureBlock";
import { addTable, type TableCell } from "./layout/addTable";
import { addTitle } from "./layout/addTitle";
import { finishSheet } from "./layout/finishSheet";
import { fitColumnWidths } from "./layout/fitColumnWidths";
import { orderByRank } from "./layout/orderByRank";
import { romanNumeral } from "./layout/romanNumeral";
import { addBlankRows, createSheetDraft } from "./layout/sheetDraft";
import { capitals, say } from "./layout/say";
import { unitNamer } from "./layout/unitNamer";
import type { SheetSpec } from "./sheetSpec";

const TEXT = {
  title: (year: number) =>
    localized(`Danh sách đề nghị khen thưởng năm ${year}`, `Units proposed for awards, ${year}`),
  proposedColumns: [
    localized("STT", "No."),
    localized("Tên đơn vị", "Unit"),
    localized("Thành tích, căn cứ đề nghị", "Grounds for the proposal"),
  ],
  nobody: localized("Không có đơn vị được đề nghị", "No unit proposed"),
  total: (count: number) =>
    localized(
      `Tổng số: ${count} đơn vị được đề nghị khen thưởng.`,
      `In total: ${count} unit${count === 1 ? "" : "s"} proposed.`
    ),
  notHigher: localized(
    "Đơn vị không được đề nghị hình thức cao hơn",
    "Units not proposed for a higher award"
  ),
  reasonColumns: [
    localized("STT", "No."),
    localized("Tên đơn vị", "Unit"),
    localized("Hình thức khen thưởng", "Award"),
    localized("Lý do không được đề nghị", "Why not proposed"),
  ],
  everyoneHighest: localized(
    "Không có (mọi đơn vị đều được đề nghị hình thức cao nhất).",
    "None (every unit is proposed for the highest award)."
  ),
};

interface AwardEntry {
  readonly id: string;
  readonly name: Localized;
}

function reasonFor(
  nomination: Nomination,
  awardId: string,
  outcome: AwardReason["outcome"]
): AwardReason | undefined {
  return nomination.reasons.find(
    (reason) => reason.awardId === awardId && reason.outcome === outcome
  );
}

/**
 * The nomination list (SPEC §5.4, *Danh sách đề nghị khen thưởng*): grouped by award, highest
 * first ("I. CỜ THI ĐUA CỦA CHÍNH PHỦ"), each proposed unit with the grounds in words, and the
 * units tied at a quota's edge, left to the chair. Then, for every unit not proposed for a higher
 * award (or for none), why not, award by award.
 */
export function buildNominationList(
  result: BlocResult,
  input: BlocInput,
  profile: RuleProfile,
  meta: DocumentMeta
): SheetSpec {
  const language = meta.language;
  const name = unitNamer(result, input);
  const draft = createSheetDraft(fitColumnWidths([4, 26, 20, 36]));
  addHeaderBlock(draft, meta);
  addTitle(draft, say(TEXT.title(result.year), language), result.blocName);

  const awards: AwardEntry[] = profile.awards.map((award) => ({ id: award.id, name: award.name }));
  const mentioned = result.nominations.flatMap((nomination) => [
    ...(nomination.awardId === null ? [] : [nomination.awardId]),
    ...nomination.reasons.map((reason) => reason.awardId),
  ]);
  for (const id of [...new Set(mentioned)].sort(compareVietnamese)) {
    if (!awards.some((award) => award.id === id)) awards.push({ id, name: localized(id, id) });
  }
  const awardName = (id: string) =>
    awards.find((award) => award.id === id)?.name ?? localized(id, id);
  const nominations = orderByRank(
    result.nominations,
    (nomination) => nomination.unitId,
    result,
    name
  );

  const proposedRows: TableCell[][] = [];
  awards.forEach((award, index) => {
    proposedRows.push([
      {
        value: `${romanNumeral(index + 1)}. ${capitals(say(award.name, language))}`,
        span: 3,
        bold: true,
      },
    ]);
    const proposed = nominations.filter((nomination) => nomination.awardId === award.id);
    proposed.forEach((nomination, position) => {
      const reason = reasonFor(nomination, award.id, "proposed");
      proposedRows.push([
        { value: position + 1, align: "center", numberFormat: "0" },
        { value: name(nomination.unitId) },
        { value: reason === undefined ? "" : say(reason.message, language) },
      ]);
    });
    const tied = nominations.filter(
      (nomination) => reasonFor(nomination, award.id, "tiedAtQuota") !== undefined
    );
    for (const nomination of tied) {
      const reason = reasonFor(nomination, award.id, "tiedAtQuota");
      proposedRows.push([
        { value: "" },
        { value: name(nomination.unitId), italic: true },
        { value: reason === undefined ? "" : say(reason.message, language), italic: true },
      ]);
    }
    if (proposed.length === 0 && tied.length === 0) {
      proposedRows.push([
        { value: "" },
        { value: say(TEXT.nobody, language), span: 2, italic: true },
      ]);
    }
  });
  const table = addTable(draft, {
    columns: [
      { header: say(TEXT.proposedColumns[0]!, language) },
      { header: say(TEXT.proposedColumns[1]!, language) },
      { header: say(TEXT.proposedColumns[2]!, language), span: 2 },
    ],
    rows: proposedRows,
  });
  const proposedCount = result.nominations.filter(
    (nomination) => nomination.awardId !== null
  ).length;
  addParagraph(draft, say(TEXT.total(proposedCount), language), { italic: true });

  addBlankRows(draft, 1);
  addParagraph(draft, say(TEXT.notHigher, language), { bold: true });
  const reasonRows: TableCell[][] = [];
  let listed = 0;
  for (const nomination of nominations) {
    const missed = nomination.reasons.filter((reason) => reason.outcome !== "proposed");
    if (missed.length === 0) continue;
    listed += 1;
    missed.forEach((reason, index) => {
      const award: TableCell = { value: say(awardName(reason.awardId), language) };
      const why: TableCell = { value: say(reason.message, language) };
      reasonRows.push(
        index === 0
          ? [
              { value: listed, align: "center", numberFormat: "0", rowSpan: missed.length },
              { value: name(nomination.unitId), rowSpan: missed.length },
              award,
              why,
            ]
          : [award, why]
      );
    });
  }
  if (reasonRows.length === 0)
    reasonRows.push([
      { value: say(TEXT.everyoneHighest, language), span: 4, align: "center", italic: true },
    ]);
  addTable(draft, {
    columns: TEXT.reasonColumns.map((header) => ({ header: say(header, language) })),
    rows: reasonRows,
  });

  addSignatureBlock(draft, meta);
  return finishSheet(draft, {
    kind: "nominationList",
    year: result.year,
    language,
    headerRow: table.headerRow,
  });
}
