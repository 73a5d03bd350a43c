import type { CellStyle, SpecCell } from "../../documents/sheetSpec";
import { configurationToRows, CONFIGURATION_SHEET_NAME } from "../../sheets/configurationSheet";
import type { WorksheetContent } from "./worksheetContent";

/** Column A is this wide (characters), so the sheet's title can be read. */
const COLUMN_WIDTH = 120;

const TITLE: CellStyle = { bold: true, wrap: true, vertical: "top", fontSize: 11 };
const SUBTITLE: CellStyle = { italic: true, wrap: true, vertical: "top", fontSize: 11 };
const PLAIN: CellStyle = { fontSize: 11 };

/** The configuration sheet for `json`: its bilingual title, then the chunks of `configurationToRows`. */
export function configurationContent(json: string): WorksheetContent {
  const rows = configurationToRows(json).map((row, rowIndex) =>
    row.map((value): SpecCell | null =>
      value === null
        ? null
        : { value, style: rowIndex === 0 ? TITLE : rowIndex === 1 ? SUBTITLE : PLAIN }
    )
  );
  return {
    name: CONFIGURATION_SHEET_NAME,
    rows,
    merges: [],
    columnWidths: [COLUMN_WIDTH],
    rowHeights: {},
    fontName: "Times New Roman",
    page: null,
    mark: null,
  };
}
