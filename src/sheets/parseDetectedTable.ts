import type {
  CellPosition,
  ColumnChoice,
  DetectedTable,
  ScoreColumns,
  UnitColumns,
} from "./detectedTable";
import { isTableKind } from "./tableKinds";

const ROLES = ["criterion", "points", "bonus", "deduction", "total"] as const;

/** A stored table description checked field by field; null when anything is missing or of the wrong type. */
export function parseDetectedTable(data: unknown): DetectedTable | null {
  if (!isRecord(data) || !isTableKind(data.kind) || typeof data.sheetName !== "string") {
    return null;
  }
  const headerRow = positive(data.headerRow);
  const firstDataRow = positive(data.firstDataRow);
  const lastDataRow =
    typeof data.lastDataRow === "number" && Number.isInteger(data.lastDataRow)
      ? data.lastDataRow
      : null;
  const columns = parseColumns(data.columns);
  const confidence = fraction(data.confidence);
  if (
    headerRow === null ||
    firstDataRow === null ||
    lastDataRow === null ||
    columns === null ||
    confidence === null
  ) {
    return null;
  }
  const headerTop = data.headerTop === undefined ? undefined : positive(data.headerTop);
  const layout =
    data.layout === undefined
      ? undefined
      : data.layout === "criteriaAsRows" || data.layout === "unitsAsRows"
        ? data.layout
        : null;
  const unitColumns =
    data.unitColumns === undefined ? undefined : listOf(data.unitColumns, parseUnitColumns);
  const scoreColumns =
    data.scoreColumns === undefined ? undefined : listOf(data.scoreColumns, parseScoreColumns);
  const excelTable =
    data.excelTable === undefined
      ? undefined
      : typeof data.excelTable === "string"
        ? data.excelTable
        : null;
  if (
    headerTop === null ||
    layout === null ||
    unitColumns === null ||
    scoreColumns === null ||
    excelTable === null
  ) {
    return null;
  }
  return {
    kind: data.kind,
    sheetName: data.sheetName,
    headerRow,
    ...(headerTop === undefined ? {} : { headerTop }),
    firstDataRow,
    lastDataRow,
    columns,
    ...(layout === undefined ? {} : { layout }),
    ...(unitColumns === undefined ? {} : { unitColumns }),
    ...(scoreColumns === undefined ? {} : { scoreColumns }),
    ...(excelTable === undefined ? {} : { excelTable }),
    confidence,
  };
}

function parseColumns(data: unknown): Record<string, ColumnChoice> | null {
  if (!isRecord(data)) {
    return null;
  }
  const columns: Record<string, ColumnChoice> = {};
  for (const [field, choice] of Object.entries(data)) {
    if (!isRecord(choice) || !/^[A-Za-z]+$/.test(field)) {
      return null;
    }
    const column = positive(choice.column);
    const confidence = fraction(choice.confidence);
    if (column === null || confidence === null) {
      return null;
    }
    columns[field] = { column, confidence };
  }
  return columns;
}

function parseUnitColumns(data: unknown): UnitColumns | null {
  if (!isRecord(data) || typeof data.unitName !== "string") {
    return null;
  }
  const selfColumn = optionalColumn(data.selfColumn);
  const blocColumn = optionalColumn(data.blocColumn);
  const nameCell = data.nameCell === undefined ? undefined : parseCell(data.nameCell);
  if (selfColumn === undefined || blocColumn === undefined || nameCell === null) {
    return null;
  }
  return {
    unitName: data.unitName,
    selfColumn,
    blocColumn,
    ...(nameCell === undefined ? {} : { nameCell }),
  };
}

function parseScoreColumns(data: unknown): ScoreColumns | null {
  if (!isRecord(data) || typeof data.title !== "string") {
    return null;
  }
  const role = ROLES.find((candidate) => candidate === data.role);
  const maxPoints =
    data.maxPoints === null
      ? null
      : typeof data.maxPoints === "number" && Number.isFinite(data.maxPoints)
        ? data.maxPoints
        : undefined;
  const selfColumn = optionalColumn(data.selfColumn);
  const blocColumn = optionalColumn(data.blocColumn);
  const titleCell = data.titleCell === undefined ? undefined : parseCell(data.titleCell);
  if (
    role === undefined ||
    maxPoints === undefined ||
    selfColumn === undefined ||
    blocColumn === undefined ||
    titleCell === null
  ) {
    return null;
  }
  return {
    title: data.title,
    role,
    maxPoints,
    selfColumn,
    blocColumn,
    ...(titleCell === undefined ? {} : { titleCell }),
  };
}

function parseCell(data: unknown): CellPosition | null {
  if (!isRecord(data)) {
    return null;
  }
  const row = positive(data.row);
  const column = positive(data.column);
  return row === null || column === null ? null : { row, column };
}

function listOf<T>(data: unknown, parse: (entry: unknown) => T | null): T[] | null {
  if (!Array.isArray(data)) {
    return null;
  }
  const parsed = data.map(parse);
  return parsed.every((entry): entry is T => entry !== null) ? parsed : null;
}

/** A column that may be absent: a positive integer or null; undefined when neither. */
function optionalColumn(data: unknown): number | null | undefined {
  return data === null ? null : (positive(data) ?? undefined);
}

function positive(data: unknown): number | null {
  return typeof data === "number" && Number.isInteger(data) && data >= 1 ? data : null;
}

function fraction(data: unknown): number | null {
  return typeof data === "number" && data >= 0 && data <= 1 ? data : null;
}

function isRecord(data: unknown): data is Record<string, unknown> {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
