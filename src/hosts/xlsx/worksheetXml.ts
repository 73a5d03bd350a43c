import { lineHeight } from "../../documents/layout/estimateRowHeights";
import type { SpecCell } from "../../documents/sheetSpec";
import type { CellLooks } from "./cellLooks";
import { columnName } from "./columnName";
import { pageLayoutXml } from "./pageLayoutXml";
import type { WorksheetContent } from "./worksheetContent";
import { cellTextXml, needsExcelEscapes } from "./xmlText";

const WORKSHEET_OPEN =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"' +
  ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

/** Text with white space at an end or a line break, which XML would otherwise not keep. */
const NEEDS_PRESERVE = /^\s|\s$|[\n\t]/;

function valueXml(reference: string, format: number, value: SpecCell["value"]): string {
  if (typeof value === "number") return `<c r="${reference}" s="${format}"><v>${value}</v></c>`;
  if (typeof value === "boolean")
    return `<c r="${reference}" s="${format}" t="b"><v>${value ? 1 : 0}</v></c>`;
  // Text is an inline string: never a formula, whatever it starts with, and the workbook's
  // shared strings are left as they are.
  if (value === "") return `<c r="${reference}" s="${format}"/>`;
  const space = NEEDS_PRESERVE.test(value) ? ' xml:space="preserve"' : "";
  const text = `<t${space}>${cellTextXml(value)}</t>`;
  // Text with `_xHHHH_` escapes is one run of rich text, without a look of its own: Excel reads
  // the escapes either way, exceljs (which reads the file again here) only in a run.
  const body = needsExcelEscapes(value) ? `<r>${text}</r>` : text;
  return `<c r="${reference}" s="${format}" t="inlineStr"><is>${body}</is></c>`;
}

/**
 * The look of each cell a merged area covers besides its top-left one, by row and column
 * (1-based): the top-left cell's, so the area's borders are drawn all round.
 */
function coveredLooks(
  content: WorksheetContent,
  looks: CellLooks
): Map<number, Map<number, number>> {
  const covered = new Map<number, Map<number, number>>();
  for (const merge of content.merges) {
    const master = content.rows[merge.top - 1]?.[merge.left - 1] ?? null;
    const look = looks.numberOf(master?.style, content.fontName);
    for (let row = merge.top; row <= merge.bottom; row++) {
      let columns = covered.get(row);
      if (columns === undefined) {
        columns = new Map();
        covered.set(row, columns);
      }
      for (let column = merge.left; column <= merge.right; column++) {
        if (row !== merge.top || column !== merge.left) columns.set(column, look);
      }
    }
  }
  return covered;
}

/** The last row and column anything is written in (0 when nothing is). */
function extentOf(content: WorksheetContent): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  content.rows.forEach((row, index) => {
    for (let column = row.length; column > 0; column--) {
      if (row[column - 1] !== null && row[column - 1] !== undefined) {
        rows = index + 1;
        columns = Math.max(columns, column);
        break;
      }
    }
  });
  for (const merge of content.merges) {
    rows = Math.max(rows, merge.bottom);
    columns = Math.max(columns, merge.right);
  }
  return { rows, columns };
}

function rowsXml(
  content: WorksheetContent,
  looks: CellLooks,
  firstFormat: number,
  rowCount: number
): string {
  const covered = coveredLooks(content, looks);
  const heights = content.rowHeights;
  let xml = "";
  for (let row = 1; row <= rowCount; row++) {
    const cells = content.rows[row - 1] ?? [];
    const coveredHere = covered.get(row);
    const last = Math.max(
      cells.length,
      coveredHere === undefined ? 0 : Math.max(...coveredHere.keys())
    );
    let cellsXml = "";
    let fontSize = 0;
    for (let column = 1; column <= last; column++) {
      const coveredLook = coveredHere?.get(column);
      if (coveredLook !== undefined) {
        cellsXml += `<c r="${columnName(column)}${row}" s="${firstFormat + coveredLook}"/>`;
        continue;
      }
      const cell = cells[column - 1];
      if (cell === null || cell === undefined) continue;
      const look = looks.numberOf(cell.style, content.fontName);
      fontSize = Math.max(fontSize, looks.looks[look]!.fontSize);
      cellsXml += valueXml(`${columnName(column)}${row}`, firstFormat + look, cell.value);
    }
    if (cellsXml === "" && heights[row] === undefined) continue;
    // A row the document leaves automatic gets one line of its largest text as a starting
    // height (not marked custom, so Excel still fits it): programs that do not fit rows on
    // opening would otherwise print 13-point text in a row made for the workbook's 11 points.
    const height = heights[row] ?? (fontSize > 0 ? lineHeight(fontSize) : undefined);
    const heightXml =
      height === undefined
        ? ""
        : ` ht="${height}"${heights[row] === undefined ? "" : ' customHeight="1"'}`;
    xml +=
      cellsXml === ""
        ? `<row r="${row}"${heightXml}/>`
        : `<row r="${row}"${heightXml}>${cellsXml}</row>`;
  }
  return xml;
}

/**
 * A worksheet part for `content`: values (text as inline strings, never formulas), each cell's
 * look as the cell format `firstFormat` + its number in `looks`, column widths, row heights,
 * merges and the print layout, in the order SpreadsheetML sets.
 */
export function worksheetXml(
  content: WorksheetContent,
  looks: CellLooks,
  firstFormat: number
): string {
  const extent = extentOf(content);
  const heightRows = Object.keys(content.rowHeights).map(Number);
  const rowCount = Math.max(extent.rows, ...heightRows);
  const properties = content.page?.fitToPageWidth
    ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
    : "";
  const dimension = extent.rows === 0 ? "A1" : `A1:${columnName(extent.columns)}${extent.rows}`;
  const columns = content.columnWidths
    .map(
      (width, index) =>
        `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`
    )
    .join("");
  const sheetData = rowsXml(content, looks, firstFormat, rowCount);
  // A "merge" of one cell merges nothing; it is left out rather than risk a reader refusing it.
  const areas = content.merges.filter(
    (merge) => merge.bottom > merge.top || merge.right > merge.left
  );
  const merges =
    areas.length === 0
      ? ""
      : `<mergeCells count="${areas.length}">` +
        areas
          .map(
            (merge) =>
              `<mergeCell ref="${columnName(merge.left)}${merge.top}:${columnName(merge.right)}${merge.bottom}"/>`
          )
          .join("") +
        "</mergeCells>";
  return (
    WORKSHEET_OPEN +
    properties +
    `<dimension ref="${dimension}"/>` +
    (columns === "" ? "" : `<cols>${columns}</cols>`) +
    (sheetData === "" ? "<sheetData/>" : `<sheetData>${sheetData}</sheetData>`) +
    merges +
    (content.page === null ? "" : pageLayoutXml(content.page)) +
    "</worksheet>"
  );
}
