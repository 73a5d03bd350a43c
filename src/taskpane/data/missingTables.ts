import type { MessageId } from "../strings";
import type { WorkbookContents } from "../../hosts/host";
import type { WorkbookMapping } from "../../sheets";

/**
 * What the data step must say before anything else: the workbook is empty, or one of the two
 * tables without which nothing can be ranked (the units and the scoring table) was not found.
 */
export function missingTables(contents: WorkbookContents, mapping: WorkbookMapping): MessageId[] {
  const hasData = contents.grids.some((grid) =>
    grid.values.some((row) => row.some((value) => value !== null && String(value).trim() !== ""))
  );
  if (!hasData) return ["emptyWorkbook"];
  const kinds = new Set(mapping.tables.map((table) => table.kind));
  const missing: MessageId[] = [];
  if (!kinds.has("units")) missing.push("missingUnits");
  if (!kinds.has("scores")) missing.push("missingScores");
  return missing;
}
