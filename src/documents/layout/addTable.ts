import type { CellStyle, SpecCell } from "../sheetSpec";
import { addRow, type Piece, type SheetDraft } from "./sheetDraft";
import { FONT_SIZE } from "./styles";

type Alignment = "left" | "center" | "right";

export interface TableColumn {
  readonly header: string;
  /** Sheet columns the table column covers (merged), 1 when absent. */
  readonly span?: number;
  readonly align?: Alignment;
  readonly numberFormat?: string;
}

export interface TableCell {
  /** Text is plain text (never a formula); numbers keep their number format. */
  readonly value: string | number;
  /** Table columns the cell covers, 1 when absent. */
  readonly span?: number;
  /** Table rows the cell covers, 1 when absent; the rows below leave its columns out. */
  readonly rowSpan?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly align?: Alignment;
  readonly numberFormat?: string;
}

export interface TableContent {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly TableCell[])[];
}

export interface TablePlacement {
  /** The header row (repeated on every printed page). */
  readonly headerRow: number;
  /** The last row of the table. */
  readonly lastRow: number;
}

/**
 * Appends a bordered table: one header row (bold, centred, wrapped) and the body rows (12 pt,
 * wrapped). Each row lists its cells from the left, skipping columns a cell above still covers.
 */
export function addTable(draft: SheetDraft, table: TableContent): TablePlacement {
  const starts: number[] = [];
  let next = 1;
  for (const column of table.columns) {
    starts.push(next);
    next += column.span ?? 1;
  }
  starts.push(next);
  const gridColumns = (first: number, count: number) => ({
    first: starts[first] ?? next,
    last: (starts[first + count] ?? next) - 1,
  });

  const headerRow = addRow(
    draft,
    table.columns.map((column, index) => ({
      ...gridColumns(index, 1),
      cell: {
        value: column.header,
        style: {
          bold: true,
          fontSize: FONT_SIZE.table,
          horizontal: "center",
          vertical: "middle",
          wrap: true,
          border: true,
        },
      },
    }))
  );

  const bodyStyles: BodyStyles = new Map();
  const covered = table.columns.map(() => 0);
  let lastRow = headerRow;
  for (const cells of table.rows) {
    const rowNumber = draft.rows.length + 1;
    const pieces: Piece[] = [];
    const tall: { first: number; last: number; rows: number }[] = [];
    let column = 0;
    for (const cell of cells) {
      while (column < covered.length && (covered[column] ?? 0) > 0) column += 1;
      if (column >= table.columns.length) break;
      const span = Math.max(1, Math.min(cell.span ?? 1, table.columns.length - column));
      const { first, last } = gridColumns(column, span);
      const rows = Math.max(1, cell.rowSpan ?? 1);
      pieces.push({
        first,
        last: rows > 1 ? first : last,
        cell: bodyCell(cell, table.columns[column], bodyStyles),
      });
      if (rows > 1) {
        tall.push({ first, last, rows });
        for (let index = column; index < column + span; index += 1) covered[index] = rows;
      }
      column += span;
    }
    addRow(draft, pieces);
    for (const area of tall) {
      draft.merges.push({
        top: rowNumber,
        left: area.first,
        bottom: rowNumber + area.rows - 1,
        right: area.last,
      });
    }
    for (let index = 0; index < covered.length; index += 1) {
      const left = covered[index] ?? 0;
      if (left > 0) covered[index] = left - 1;
    }
    lastRow = rowNumber;
  }
  return { headerRow, lastRow };
}

/** Body cell styles by number format, then by alignment, bold and italic (see `lookIndex`). */
type BodyStyles = Map<string | undefined, CellStyle[]>;

const HORIZONTAL_INDEX: Record<Alignment, number> = { left: 0, center: 1, right: 2 };

function lookIndex(horizontal: Alignment, bold: boolean, italic: boolean): number {
  return HORIZONTAL_INDEX[horizontal] * 4 + (bold ? 2 : 0) + (italic ? 1 : 0);
}

function bodyCell(cell: TableCell, column: TableColumn | undefined, styles: BodyStyles): SpecCell {
  const numberFormat =
    cell.numberFormat ?? (typeof cell.value === "number" ? column?.numberFormat : undefined);
  const horizontal =
    cell.align ?? column?.align ?? (typeof cell.value === "number" ? "right" : "left");
  const bold = cell.bold === true;
  const italic = cell.italic === true;
  // A table's cells look alike: one style object per look, not tens of thousands of copies,
  // found without building a key for each cell.
  let looks = styles.get(numberFormat);
  if (looks === undefined) {
    looks = [];
    styles.set(numberFormat, looks);
  }
  const index = lookIndex(horizontal, bold, italic);
  let style = looks[index];
  if (style === undefined) {
    style = {
      fontSize: FONT_SIZE.table,
      horizontal,
      vertical: "middle",
      wrap: true,
      border: true,
      ...(bold ? { bold: true } : {}),
      ...(italic ? { italic: true } : {}),
      ...(numberFormat === undefined ? {} : { numberFormat }),
    };
    looks[index] = style;
  }
  return { value: cell.value, style };
}
