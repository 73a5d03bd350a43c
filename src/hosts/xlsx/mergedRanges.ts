import type { Worksheet } from "exceljs";

/**
 * A worksheet's merged areas as A1 ranges ("B3:C4"), in the order exceljs keeps them. exceljs
 * lists them publicly only in `worksheet.model`, which first builds a model of every row and
 * cell of the sheet: reading a 10,000-row sheet that way converts it a second time. Its merge
 * index is read directly, falling back to the model should exceljs ever change its shape.
 */
export function mergedRanges(worksheet: Worksheet): string[] {
  const index = (worksheet as unknown as { _merges?: unknown })._merges;
  if (typeof index !== "object" || index === null) {
    return (worksheet.model as unknown as { merges?: string[] }).merges ?? [];
  }
  return Object.values(index as Record<string, { range?: unknown }>).flatMap((merge) =>
    typeof merge?.range === "string" ? [merge.range] : []
  );
}
