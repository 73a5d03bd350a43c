import type { Worksheet } from "exceljs";
import type { SpecRange } from "../../documents/sheetSpec";

interface MergeIndexHolder {
  _merges?: unknown;
}

/**
 * Merges the areas of a sheet just added, which `planSheetWrites` has checked do not overlap.
 * exceljs checks each new merge against every earlier one of the sheet, listing them all anew
 * each time: N² for a sheet of N merges, and a nomination list has hundreds. So each merge is made
 * against an empty index and the index is put back together after, in the same order; exceljs's
 * own merge does the rest (cells, styles). Falls back to plain merges should the index (private
 * to exceljs, see `mergedRanges`) change shape or already hold merges.
 */
export function mergeAreas(worksheet: Worksheet, areas: readonly SpecRange[]): void {
  const holder = worksheet as unknown as MergeIndexHolder;
  const index = holder._merges;
  if (typeof index !== "object" || index === null || Object.keys(index).length > 0) {
    for (const area of areas) {
      worksheet.mergeCells(area.top, area.left, area.bottom, area.right);
    }
    return;
  }
  const merged: Record<string, unknown> = {};
  try {
    for (const area of areas) {
      const alone: Record<string, unknown> = {};
      holder._merges = alone;
      worksheet.mergeCells(area.top, area.left, area.bottom, area.right);
      Object.assign(merged, alone);
    }
  } finally {
    holder._merges = merged;
  }
}
