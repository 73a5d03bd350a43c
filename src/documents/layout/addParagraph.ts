import type { CellStyle } from "../sheetSpec";
import { addFullWidthRow, type SheetDraft } from "./sheetDraft";
import { FONT_SIZE } from "./styles";

/** A line of body text across the whole width, wrapped, left-aligned unless the style says otherwise. */
export function addParagraph(draft: SheetDraft, text: string, style: CellStyle = {}): number {
  return addFullWidthRow(draft, {
    value: text,
    style: { fontSize: FONT_SIZE.body, horizontal: "left", vertical: "top", wrap: true, ...style },
  });
}
