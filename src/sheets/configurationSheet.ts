import type { CellValue, Grid } from "./grid";

/** The visible sheet in which the add-in keeps its rule profile and column mapping. */
export const CONFIGURATION_SHEET_NAME = "ThiDua_CauHinh";

/** Marks the row after which the configuration's chunks follow; the chunk count is written after it. */
export const CONFIGURATION_MARKER = "THIDUA-CONFIGURATION-V1";

/** Each chunk is written after this prefix, so Excel never reads it as a formula, number or date. */
const CHUNK_PREFIX = "JSON|";

/** Excel holds at most 32,767 characters in a cell; chunks stay well under it. */
const CHUNK_SIZE = 30_000;

const TITLE_VI =
  "Trang cấu hình của phần bổ trợ Thi Đua: bộ quy tắc chấm điểm, xét khen thưởng và cách đọc các bảng. " +
  "Sửa trong ngăn tác vụ Thi Đua; không sửa tay trang này trừ khi bạn biết rõ mình đang làm gì.";
const TITLE_EN =
  "Configuration sheet of the Thi Đua add-in: the rule profile for scoring and awards, and how the tables are read. " +
  "Edit it in the Thi Đua task pane; do not edit this sheet by hand unless you know what you are doing.";

/**
 * The configuration sheet's rows: a title in Vietnamese and English, a marker row with the number
 * of chunks, then the JSON in chunks of at most 30,000 characters, one per row in column A.
 */
export function configurationToRows(json: string): CellValue[][] {
  const chunks: string[] = [];
  for (let start = 0; start < json.length; start += CHUNK_SIZE) {
    chunks.push(json.slice(start, start + CHUNK_SIZE));
  }
  return [
    [TITLE_VI],
    [TITLE_EN],
    [CONFIGURATION_MARKER, chunks.length],
    ...chunks.map((chunk) => [`${CHUNK_PREFIX}${chunk}`]),
  ];
}

/**
 * The JSON stored by `configurationToRows`, read back from the sheet's grid; null when the marker is
 * missing or a chunk is missing or damaged.
 */
export function configurationFromGrid(grid: Grid): string | null {
  const columnA = 1 - grid.originColumn;
  const markerRow = grid.values.findIndex((row) => row[columnA] === CONFIGURATION_MARKER);
  const written = grid.values[markerRow]?.[columnA + 1];
  const count = typeof written === "string" ? Number(written) : written;
  if (
    columnA < 0 ||
    markerRow < 0 ||
    typeof count !== "number" ||
    !Number.isInteger(count) ||
    count < 0
  ) {
    return null;
  }
  let json = "";
  for (let index = 1; index <= count; index += 1) {
    const cell = grid.values[markerRow + index]?.[columnA];
    if (typeof cell !== "string" || !cell.startsWith(CHUNK_PREFIX)) {
      return null;
    }
    json += cell.slice(CHUNK_PREFIX.length);
  }
  return json;
}
