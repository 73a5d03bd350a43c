import { assignFields } from "./assignFields";
import { cellHeaderKey } from "./cellCache";
import { columnContent } from "./columnContent";
import { columnGroups, selfAndBlocColumns } from "./columnGroups";
import type {
  ColumnChoice,
  ScoreColumnRole,
  ScoreColumns,
  ScoreLayout,
  UnitColumns,
} from "./detectedTable";
import { fieldSynonyms } from "./fieldSynonyms";
import type { Grid } from "./grid";
import { headerLabels, type ColumnLabels } from "./headerLabels";
import type { HeaderScan } from "./headerScan";
import { matchLabel } from "./matchLabel";
import { pointsInLabel } from "./pointsInLabel";
import { tableKindDefinition, type TableKind } from "./tableKinds";

/** A header row read as a table of one kind, with a score to compare it with other readings. */
export interface HeaderCandidate {
  readonly kind: TableKind;
  readonly headerTop: number;
  readonly headerRow: number;
  readonly columns: Record<string, ColumnChoice>;
  readonly layout?: ScoreLayout;
  readonly unitColumns?: UnitColumns[];
  readonly scoreColumns?: ScoreColumns[];
  readonly score: number;
  readonly confidence: number;
}

/** Candidates scoring less than this are not taken as headers. */
export const MINIMUM_HEADER_SCORE = 1.6;

/**
 * Reads the header ending at `headerRow` (spanning `depth` rows) as each table kind looked for in
 * `scan` and returns the best reading, or null when the row is not a header of any kind. The
 * caller has checked that the row `looksLikeHeader`.
 */
export function scoreHeaderRow(
  grid: Grid,
  headerRow: number,
  fromColumn: number,
  toColumn: number,
  depth: 1 | 2,
  scan: HeaderScan
): HeaderCandidate | null {
  if (!namesKeyField(grid, headerRow, depth, fromColumn, toColumn, scan)) {
    return null;
  }
  const labels = headerLabels(grid, headerRow, depth, fromColumn, toColumn);
  const twoRows =
    depth === 2 &&
    labels.some(
      (label) => label.keys[0] !== "" && label.keys[1] !== "" && label.keys[0] !== label.keys[1]
    );
  const readings: HeaderCandidate[] = [];
  for (const kind of scan.kinds) {
    if (!scan.mayRead(kind, labels)) {
      continue;
    }
    const reading =
      kind === "scores"
        ? readScores(grid, labels, headerRow, depth, scan)
        : readPlain(kind, labels, headerRow, depth, scan);
    if (reading !== null && reading.score >= MINIMUM_HEADER_SCORE) {
      readings.push(twoRows ? { ...reading, score: reading.score + 0.25 } : reading);
    }
  }
  readings.sort((a, b) => b.score - a.score);
  return readings[0] ?? null;
}

/** Whether some column's labels in the header name a key field of a kind looked for. */
function namesKeyField(
  grid: Grid,
  headerRow: number,
  depth: 1 | 2,
  fromColumn: number,
  toColumn: number,
  scan: HeaderScan
): boolean {
  for (let column = fromColumn; column <= toColumn; column += 1) {
    const lower = cellHeaderKey(grid, headerRow, column);
    const upper = depth === 2 ? cellHeaderKey(grid, headerRow - 1, column) : lower;
    if (scan.namesKeyField(upper, lower)) {
      return true;
    }
  }
  return false;
}

function readPlain(
  kind: TableKind,
  labels: readonly ColumnLabels[],
  headerRow: number,
  depth: number,
  scan: HeaderScan
): HeaderCandidate | null {
  const definition = tableKindDefinition(kind);
  const columns = assignFields(
    kind,
    definition.fields.map((field) => field.id),
    labels,
    scan.match
  );
  if (
    !definition.keys.every((alternatives) =>
      alternatives.some((field) => columns[field] !== undefined)
    )
  ) {
    return null;
  }
  const keyIds = new Set(
    definition.fields.filter((field) => field.key === true).map((field) => field.id)
  );
  return {
    kind,
    headerTop: headerRow - depth + 1,
    headerRow,
    columns,
    score: weightedScore(columns, keyIds),
    confidence: keyConfidence(columns, keyIds),
  };
}

function readScores(
  grid: Grid,
  labels: readonly ColumnLabels[],
  headerRow: number,
  depth: number,
  scan: HeaderScan
): HeaderCandidate | null {
  const criteria = readCriteriaAsRows(grid, labels, headerRow, depth, scan);
  const units = readUnitsAsRows(grid, labels, headerRow, depth, scan);
  if (criteria === null) {
    return units;
  }
  return units === null || criteria.score >= units.score ? criteria : units;
}

const CRITERIA_FIELDS = [
  "stt",
  "criterion",
  "maxPoints",
  "target",
  "actual",
  "notes",
  "rank",
  "grade",
  "total",
];
const STRUCTURE_FIELDS = ["stt", "criterion", "maxPoints", "target", "actual"];

function readCriteriaAsRows(
  grid: Grid,
  labels: readonly ColumnLabels[],
  headerRow: number,
  depth: number,
  scan: HeaderScan
): HeaderCandidate | null {
  const columns = assignFields("scores", CRITERIA_FIELDS, labels, scan.match);
  const criterion = columns.criterion;
  if (criterion === undefined) {
    return null;
  }
  const used = new Set(Object.values(columns).map((choice) => choice.column));
  const rightmost = Math.max(...STRUCTURE_FIELDS.map((field) => columns[field]?.column ?? 0));
  const candidates = labels.filter(
    (label) =>
      label.column > rightmost &&
      !used.has(label.column) &&
      label.keys.some((key) => key !== "") &&
      columnContent(grid, label.column, headerRow + 1) !== "text" &&
      !isTotalKey(label.keys[0] ?? "")
  );
  const unitColumns: UnitColumns[] = columnGroups(grid, candidates)
    .filter((group) => group.key !== "")
    .map((group) => ({ unitName: group.text, ...selfAndBlocColumns(group), nameCell: group.cell }));
  if (columns.maxPoints === undefined && unitColumns.length === 0) {
    return null;
  }
  const keyIds = new Set(["criterion", "maxPoints"]);
  return {
    kind: "scores",
    headerTop: headerRow - depth + 1,
    headerRow,
    columns,
    layout: "criteriaAsRows",
    unitColumns,
    score: weightedScore(columns, keyIds) + 0.5 * Math.min(unitColumns.length, 4),
    confidence: keyConfidence(columns, keyIds),
  };
}

const UNIT_ROW_FIELDS = ["stt", "unit", "notes", "rank", "grade"];
const UNIT_DETAIL_FIELDS = [
  "shortName",
  "rotationOrder",
  "womenShare",
  "headName",
  "headTitle",
  "bloc",
];
const SCORE_WORDS = /\b(diem|nhom|tieu chi|phan|group|criterion|criteria|points|score)\b/;

function readUnitsAsRows(
  grid: Grid,
  labels: readonly ColumnLabels[],
  headerRow: number,
  depth: number,
  scan: HeaderScan
): HeaderCandidate | null {
  const columns = assignFields("scores", UNIT_ROW_FIELDS, labels, scan.match);
  if (columns.unit === undefined) {
    return null;
  }
  const used = new Set(Object.values(columns).map((choice) => choice.column));
  const unmarked = labels.filter(
    (label) => scan.role(label.keys[label.keys.length - 1] ?? "") === null
  );
  for (const choice of Object.values(
    assignFields("units", UNIT_DETAIL_FIELDS, unmarked, scan.match)
  )) {
    used.add(choice.column);
  }
  const candidates = labels.filter((label) => {
    if (used.has(label.column) || label.keys.every((key) => key === "")) {
      return false;
    }
    const content = columnContent(grid, label.column, headerRow + 1);
    return (
      content === "numbers" ||
      (content === "empty" && label.keys.some((key) => SCORE_WORDS.test(key)))
    );
  });
  const scoreColumns: ScoreColumns[] = columnGroups(grid, candidates).map((group) => {
    const { title, maxPoints } = pointsInLabel(group.text);
    return {
      title: group.key === "" ? "" : title,
      role: scoreRole(group.key),
      maxPoints,
      ...selfAndBlocColumns(group),
      titleCell: group.cell,
    };
  });
  if (!scoreColumns.some((group) => group.role === "criterion" || group.role === "points")) {
    return null;
  }
  const keyIds = new Set(["unit"]);
  return {
    kind: "scores",
    headerTop: headerRow - depth + 1,
    headerRow,
    columns,
    layout: "unitsAsRows",
    scoreColumns,
    score: weightedScore(columns, keyIds) + 0.5 * Math.min(scoreColumns.length, 4),
    confidence: keyConfidence(columns, keyIds),
  };
}

function scoreRole(key: string): ScoreColumnRole {
  if (key === "") {
    return "points";
  }
  const roles: [ScoreColumnRole, string][] = [
    ["bonus", "bonus"],
    ["deduction", "deduction"],
    ["total", "total"],
  ];
  for (const [role, field] of roles) {
    if (matchLabel(key, fieldSynonyms("scores", field)) >= 0.7) {
      return role;
    }
  }
  return "criterion";
}

function isTotalKey(key: string): boolean {
  return matchLabel(key, fieldSynonyms("scores", "total")) >= 0.9;
}

function weightedScore(
  columns: Readonly<Record<string, ColumnChoice>>,
  keyIds: ReadonlySet<string>
): number {
  return Object.entries(columns).reduce(
    (sum, [field, choice]) => sum + (keyIds.has(field) ? 2 : 1) * choice.confidence,
    0
  );
}

function keyConfidence(
  columns: Readonly<Record<string, ColumnChoice>>,
  keyIds: ReadonlySet<string>
): number {
  const found = [...keyIds]
    .map((field) => columns[field]?.confidence)
    .filter((value): value is number => value !== undefined);
  if (found.length === 0) {
    return 0;
  }
  return Math.round((found.reduce((sum, value) => sum + value, 0) / found.length) * 100) / 100;
}
