import type { TableKind, WorkbookMapping } from "../../sheets";

/** The sheets that hold the tables of a kind in the mapping, each once, in mapping order. */
export function sheetsOfKind(mapping: WorkbookMapping, kind: TableKind): string[] {
  const names = mapping.tables
    .filter((table) => table.kind === kind)
    .map((table) => table.sheetName);
  return names.filter((name, index) => names.indexOf(name) === index);
}
