import { localized, type Language, type Localized } from "../../core/localized";
import {
  detectTables,
  tableKindDefinition,
  type Grid,
  type MappingOverride,
  type TableKind,
} from "../../sheets";
import { fieldLabel } from "./fieldLabel";
import { tableKindName } from "./tableKindName";

export type SheetChoice =
  | { readonly ok: true; readonly override: MappingOverride }
  | { readonly ok: false; readonly message: Localized };

/** The key columns a table of a kind must have, as a user reads them ("Đơn vị, Số phiếu đồng ý"). */
function keyColumns(kind: TableKind, language: Language): string {
  const or = language === "vi" ? " hoặc " : " or ";
  return tableKindDefinition(kind)
    .keys.map((alternatives) => alternatives.map((field) => fieldLabel(field)[language]).join(or))
    .join(", ");
}

/**
 * The correction "the table of this kind is on that sheet", when the sheet can be read as such a
 * table (its header names the kind's key columns); otherwise what the user should look for.
 */
export function chooseTableSheet(
  kind: TableKind,
  sheetName: string,
  grids: readonly Grid[]
): SheetChoice {
  const grid = grids.find((candidate) => candidate.sheetName === sheetName);
  if (grid !== undefined && detectTables([grid], [kind]).length > 0) {
    return { ok: true, override: { type: "sheet", kind, sheetName } };
  }
  const name = tableKindName(kind);
  return {
    ok: false,
    message: localized(
      `Trang “${sheetName}” không có bảng “${name.vi}” đọc được: cần một dòng tiêu đề có các cột ${keyColumns(kind, "vi")}.`,
      `The sheet “${sheetName}” holds no readable “${name.en}” table: it needs a header row with the columns ${keyColumns(kind, "en")}.`
    ),
  };
}
