import { addBlankRows, addFullWidthRow, type SheetDraft } from "./sheetDraft";
import { capitals } from "./say";
import { FONT_SIZE } from "./styles";

/**
 * The document's title in capitals, bold and centred across the whole width, with an optional
 * italic subtitle line under it, then a blank line. Returns the title's row number.
 */
export function addTitle(draft: SheetDraft, title: string, subtitle?: string): number {
  const row = addFullWidthRow(draft, {
    value: capitals(title),
    style: {
      bold: true,
      fontSize: FONT_SIZE.title,
      horizontal: "center",
      vertical: "middle",
      wrap: true,
    },
  });
  if (subtitle !== undefined && subtitle.trim() !== "") {
    addFullWidthRow(draft, {
      value: subtitle.trim(),
      style: {
        italic: true,
        fontSize: FONT_SIZE.body,
        horizontal: "center",
        vertical: "middle",
        wrap: true,
      },
    });
  }
  addBlankRows(draft, 1);
  return row;
}
