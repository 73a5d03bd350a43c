import type { Worksheet } from "exceljs";

function isEmptyStyle(style: unknown): boolean {
  return typeof style === "object" && style !== null && Object.keys(style).length === 0;
}

/**
 * Gives the rows and columns of a sheet that have no style of their own one empty style object.
 * exceljs keeps an object per row (a copy for each row it loads) and, when saving, serialises a
 * style to XML to file it unless it has met that very object before: once per row otherwise.
 * Styled rows and columns keep theirs. Treat the shared object as frozen: exceljs would write
 * `row.font = …` into it for every row that shares it.
 */
export function shareEmptyStyles(worksheet: Worksheet): void {
  const emptyStyle = {};
  for (let number = 1; number <= worksheet.rowCount; number += 1) {
    // exceljs's typings leave out the style object it keeps on each row.
    const row = worksheet.findRow(number) as { style?: unknown } | undefined;
    if (row !== undefined && isEmptyStyle(row.style)) row.style = emptyStyle;
  }
  for (const column of worksheet.columns ?? []) {
    if (isEmptyStyle(column.style)) column.style = emptyStyle;
  }
}
