import type { SpecCell, SpecRange } from "../sheetSpec";
import { columnsPixels } from "./pageGeometry";
import { FONT_SIZE } from "./styles";
import { codePointEms } from "./textEms";

const SPACE = 0x20;
const LINE_BREAK = 0x0a;

/** Pixels at 96 dpi of a width in ems. */
function emsPixels(ems: number, fontSize: number, bold: boolean): number {
  return ems * fontSize * (96 / 72) * (bold ? 1.06 : 1);
}

/**
 * Lines a wrapped text takes in a box `width` pixels wide, wrapping at spaces like Excel. One pass
 * over the code points: words are measured as they are read, without splitting the text or
 * making a string per character, and placed where they end (at a space, a line break or the end
 * of the text, which closes the last line). No closure: its numbers would be boxed on every word.
 */
export function wrappedLines(text: string, width: number, fontSize: number, bold: boolean): number {
  const spacePixels = emsPixels(codePointEms(SPACE), fontSize, bold);
  let lines = 0;
  let used = 0;
  let paragraphLines = 1;
  let wordEms = 0;
  for (let index = 0; index <= text.length; index += 1) {
    const codePoint = index < text.length ? (text.codePointAt(index) ?? 0) : LINE_BREAK;
    if (codePoint > 0xffff) index += 1;
    if (codePoint !== SPACE && codePoint !== LINE_BREAK) {
      wordEms += codePointEms(codePoint);
      continue;
    }
    const wordWidth = emsPixels(wordEms, fontSize, bold);
    wordEms = 0;
    const spaced = used === 0 ? wordWidth : used + spacePixels + wordWidth;
    if (spaced <= width) {
      used = spaced;
    } else if (wordWidth <= width) {
      paragraphLines += used === 0 ? 0 : 1;
      used = wordWidth;
    } else {
      const extra = Math.ceil(wordWidth / width);
      paragraphLines += (used === 0 ? 0 : 1) + extra - 1;
      used = wordWidth - (extra - 1) * width;
    }
    if (codePoint === LINE_BREAK) {
      lines += paragraphLines;
      used = 0;
      paragraphLines = 1;
    }
  }
  return lines;
}

/** Height in points of one line of text at the given size (Excel's single-spaced line). */
export function lineHeight(fontSize: number): number {
  return Math.ceil(fontSize * 1.32 * 4) / 4;
}

/** More than Excel's 16,384 columns: `row * COLUMN_KEYS + column` tells cells apart. */
const COLUMN_KEYS = 65_536;

/** Pixels lost inside a cell to its margins. */
const CELL_PADDING_PIXELS = 6;

/**
 * Row heights (points, by 1-based row number) for rows whose wrapped text needs more than one
 * line. Excel does not grow a row for a merged cell's wrapped text, and hosts differ in whether
 * they autofit at all, so the documents state these heights; single-line rows stay automatic.
 * A cell merged over several rows is not counted.
 */
export function estimateRowHeights(
  rows: readonly (readonly (SpecCell | null)[])[],
  merges: readonly SpecRange[],
  widths: readonly number[]
): Record<number, number> {
  // Numeric keys, and each run of columns measured once: a sheet has thousands of wrapped cells.
  const cellKey = (row: number, column: number): number => row * COLUMN_KEYS + column;
  const spans = new Map<number, SpecRange>();
  for (const merge of merges) spans.set(cellKey(merge.top, merge.left), merge);
  const runPixels = new Map<number, number>();
  const pixelsOfColumns = (first: number, last: number): number => {
    let pixels = runPixels.get(cellKey(first, last));
    if (pixels === undefined) {
      pixels = columnsPixels(widths.slice(first - 1, last));
      runPixels.set(cellKey(first, last), pixels);
    }
    return pixels;
  };
  const heights: Record<number, number> = {};
  rows.forEach((row, rowIndex) => {
    const rowNumber = rowIndex + 1;
    let height = 0;
    let multiline = false;
    row.forEach((cell, columnIndex) => {
      if (cell === null || typeof cell.value !== "string" || cell.style?.wrap !== true) return;
      const span = spans.get(cellKey(rowNumber, columnIndex + 1));
      if (span !== undefined && span.bottom > span.top) return;
      const last = span?.right ?? columnIndex + 1;
      const width = pixelsOfColumns(columnIndex + 1, last) - CELL_PADDING_PIXELS;
      const fontSize = cell.style.fontSize ?? FONT_SIZE.body;
      const lines = wrappedLines(
        cell.value,
        Math.max(width, 1),
        fontSize,
        cell.style.bold === true
      );
      if (lines > 1) multiline = true;
      height = Math.max(height, lines * lineHeight(fontSize));
    });
    if (multiline) heights[rowNumber] = height;
  });
  return heights;
}
