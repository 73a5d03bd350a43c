import { localized } from "../../core/localized";
import type { DocumentMeta } from "../documentMeta";
import type { SpecCell } from "../sheetSpec";
import { documentDate } from "./documentDate";
import { headerSplit } from "./headerSplit";
import { addBlankRows, addRow, draftWidth, type SheetDraft } from "./sheetDraft";
import { capitals, say } from "./say";
import { FONT_SIZE } from "./styles";

export const NATIONAL_TITLE = localized(
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "SOCIALIST REPUBLIC OF VIETNAM"
);
export const MOTTO = localized("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness");
const NUMBER_LABEL = localized("Số", "No.");

function centred(value: string, style: SpecCell["style"] = {}): SpecCell {
  return {
    value,
    style: {
      fontSize: FONT_SIZE.header,
      horizontal: "center",
      vertical: "middle",
      wrap: true,
      ...style,
    },
  };
}

/**
 * The heading of every document (Decree 30/2020/NĐ-CP, Appendix I): on the left, the parent
 * agency (capitals), the issuing agency (capitals, bold) and "Số: …"; on the right, the national
 * title (capitals, bold), the motto (bold, underlined) and the place and date (italic). The left
 * block spans the first columns, the right block the rest (see `headerSplit`). Returns the
 * number of rows added.
 */
export function addHeaderBlock(draft: SheetDraft, meta: DocumentMeta): number {
  const language = meta.language;
  const width = draftWidth(draft);
  const split = Math.min(headerSplit(draft.columnWidths), width - 1);
  const left = (cell: SpecCell) => ({ first: 1, last: split, cell });
  const right = (cell: SpecCell) => ({ first: split + 1, last: width, cell });
  const agency = centred(capitals(meta.agency), { bold: true, underline: true });
  const parent = meta.parentAgency?.trim() ? centred(capitals(meta.parentAgency.trim())) : null;
  const number =
    meta.number.trim() === ""
      ? `${say(NUMBER_LABEL, language)}:        /`
      : `${say(NUMBER_LABEL, language)}: ${meta.number.trim()}`;

  const before = draft.rows.length;
  addRow(draft, [
    left(parent ?? agency),
    right(
      centred(say(NATIONAL_TITLE, language), { bold: true, fontSize: FONT_SIZE.nationalTitle })
    ),
  ]);
  addRow(draft, [
    ...(parent === null ? [] : [left(agency)]),
    right(centred(say(MOTTO, language), { bold: true, underline: true })),
  ]);
  addBlankRows(draft, 1);
  addRow(draft, [
    left(centred(number)),
    right(centred(documentDate(meta.place, meta.date, language), { italic: true })),
  ]);
  addBlankRows(draft, 1);
  return draft.rows.length - before;
}
