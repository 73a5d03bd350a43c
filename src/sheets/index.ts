export type { CellValue, Grid, MergedArea } from "./grid";
export { cellAddress, qualifiedAddress, quotedSheetName } from "./address";
export {
  TABLE_KINDS,
  isTableKind,
  tableKindDefinition,
  type FieldDefinition,
  type TableKind,
  type TableKindDefinition,
} from "./tableKinds";
export type {
  CellPosition,
  ColumnChoice,
  DetectedTable,
  ScoreColumnRole,
  ScoreColumns,
  ScoreLayout,
  UnitColumns,
} from "./detectedTable";
export { detectTables } from "./detectTables";
export {
  applyOverride,
  parseMapping,
  proposeMapping,
  serializeMapping,
  type MappingOverride,
  type WorkbookMapping,
} from "./mapping";
export { readBlocs, type ReadBlocsOptions, type ReadBlocsResult } from "./readBloc";
export { matchAward } from "./matchAward";
export {
  CONFIGURATION_MARKER,
  CONFIGURATION_SHEET_NAME,
  configurationFromGrid,
  configurationToRows,
} from "./configurationSheet";
