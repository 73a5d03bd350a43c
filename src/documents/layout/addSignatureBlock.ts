import { localized } from "../../core/localized";
import type { DocumentMeta } from "../documentMeta";
import type { SpecCell } from "../sheetSpec";
import { headerSplit } from "./headerSplit";
import { addBlankRows, addRow, draftWidth, type Piece, type SheetDraft } from "./sheetDraft";
import { capitals, say } from "./say";
import { FONT_SIZE } from "./styles";

const RECIPIENTS_HEADING = localized("Nơi nhận:", "Recipients:");
/** Empty lines left for the handwritten signature and the seal. */
const SIGNING_LINES = 4;

/**
 * The signature block on the right (the capacity and title in capitals and bold, room to sign,
 * the name in bold), with the "Nơi nhận:" list on the left of the same rows when the meta has
 * recipients (Decree 30/2020/NĐ-CP, Appendix I). Preceded by a blank line.
 */
export function addSignatureBlock(draft: SheetDraft, meta: DocumentMeta): void {
  const width = draftWidth(draft);
  const split = Math.min(headerSplit(draft.columnWidths), width - 1);
  const signature = (value: string): SpecCell => ({
    value,
    style: {
      bold: true,
      fontSize: FONT_SIZE.body,
      horizontal: "center",
      vertical: "middle",
      wrap: true,
    },
  });
  const right: (SpecCell | null)[] = [];
  if (meta.signerCapacity.trim() !== "")
    right.push(signature(capitals(meta.signerCapacity.trim())));
  if (meta.signerTitle.trim() !== "") right.push(signature(capitals(meta.signerTitle.trim())));
  for (let index = 0; index < SIGNING_LINES; index += 1) right.push(null);
  right.push(signature(meta.signerName.trim()));

  const recipients = (meta.recipients ?? [])
    .map((line) => line.trim())
    .filter((line) => line !== "");
  const left: SpecCell[] =
    recipients.length === 0
      ? []
      : [
          {
            value: say(RECIPIENTS_HEADING, meta.language),
            style: {
              bold: true,
              italic: true,
              fontSize: FONT_SIZE.recipientsHeading,
              horizontal: "left",
              vertical: "top",
            },
          },
          ...recipients.map((line): SpecCell => ({
            value: `- ${line}`,
            style: {
              fontSize: FONT_SIZE.recipients,
              horizontal: "left",
              vertical: "top",
              wrap: true,
            },
          })),
        ];

  addBlankRows(draft, 1);
  const count = Math.max(left.length, right.length);
  for (let index = 0; index < count; index += 1) {
    const pieces: Piece[] = [];
    const leftCell = left[index];
    const rightCell = right[index];
    if (leftCell !== undefined) pieces.push({ first: 1, last: split, cell: leftCell });
    if (rightCell !== undefined && rightCell !== null)
      pieces.push({ first: split + 1, last: width, cell: rightCell });
    addRow(draft, pieces);
  }
}
