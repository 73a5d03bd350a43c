import type { SpecCell, SpecRange } from "../sheetSpec";

/** A cell placed across columns `first`…`last` (1-based, inclusive) of one row. */
export interface Piece {
  readonly first: number;
  readonly last: number;
  readonly cell: SpecCell;
}

/** A document sheet under construction: rows are appended top to bottom. */
export interface SheetDraft {
  readonly columnWidths: readonly number[];
  readonly rows: (SpecCell | null)[][];
  readonly merges: SpecRange[];
}

export function createSheetDraft(columnWidths: readonly number[]): SheetDraft {
  return { columnWidths, rows: [], merges: [] };
}

/** The number of columns every row spans. */
export function draftWidth(draft: SheetDraft): number {
  return draft.columnWidths.length;
}

/**
 * Appends a row holding the pieces (a piece wider than one column is merged) and returns its
 * 1-based row number. Pieces must not overlap; columns no piece covers stay empty.
 */
export function addRow(draft: SheetDraft, pieces: readonly Piece[]): number {
  const row: (SpecCell | null)[] = draft.columnWidths.map(() => null);
  const rowNumber = draft.rows.length + 1;
  for (const piece of pieces) {
    row[piece.first - 1] = piece.cell;
    if (piece.last > piece.first) {
      draft.merges.push({
        top: rowNumber,
        left: piece.first,
        bottom: rowNumber,
        right: piece.last,
      });
    }
  }
  draft.rows.push(row);
  return rowNumber;
}

/** Appends `count` empty rows. */
export function addBlankRows(draft: SheetDraft, count = 1): void {
  for (let index = 0; index < count; index += 1) addRow(draft, []);
}

/** Appends a row with one cell across the whole width. */
export function addFullWidthRow(draft: SheetDraft, cell: SpecCell): number {
  return addRow(draft, [{ first: 1, last: draftWidth(draft), cell }]);
}
