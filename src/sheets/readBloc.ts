import { localized } from "../core/localized";
import type { BlocInput, UnitScores } from "../core/model";
import { problem, type Problem } from "../core/problem";
import type { RuleProfile } from "../core/profile/types";
import { nameKey } from "../core/text";
import { locatedProblem } from "./cellProblem";
import type { DetectedTable } from "./detectedTable";
import { findBlocName } from "./findBlocName";
import { findYear } from "./findYear";
import type { Grid } from "./grid";
import { legacyTextProblems, textEncodingDetector } from "./legacyTextProblems";
import { memoized } from "./memoized";
import type { WorkbookMapping } from "./mapping";
import { readAwardHistory } from "./readAwardHistory";
import { readConditions } from "./readConditions";
import { readCriteriaAsRows } from "./readCriteriaAsRows";
import { readLeaderHistory } from "./readLeaderHistory";
import { readAllUnits } from "./readAllUnits";
import type { UnitRow } from "./readUnits";
import { resolveScores } from "./resolveScores";
import { criteriaFor, groupByBloc, leadersFor, splitByBloc } from "./blocParts";
import { readUnitsAsRows } from "./readUnitsAsRows";
import { readVotes } from "./readVotes";
import { createUnitDirectory } from "./unitDirectory";

export interface ReadBlocsOptions {
  readonly profile: RuleProfile;
  /** The year to read for; when null it is taken from the sheets' titles ("NĂM 2018"). */
  readonly year: number | null;
  /** nameKey of a name written in a sheet → nameKey of the unit it means, as the user chose. */
  readonly aliases?: Readonly<Record<string, string>>;
}

export interface ReadBlocsResult {
  /** One per bloc: several when the units table has a bloc column. Their `year` is 0 when `year` is null. */
  readonly blocs: BlocInput[];
  /** The year read for, or null when neither the options nor the sheets give it. */
  readonly year: number | null;
  readonly problems: Problem[];
}

/**
 * Reads the secretariat's tables, as the mapping locates them, into the engine's input: one
 * `BlocInput` per bloc, unit ids being `nameKey(name)`. Everything wrong in the sheets is a
 * problem with its sheet and cell; nothing throws.
 */
export function readBlocs(
  grids: readonly Grid[],
  mapping: WorkbookMapping,
  options: ReadBlocsOptions
): ReadBlocsResult {
  const problems: Problem[] = [];
  const gridOf = new Map(grids.map((grid) => [grid.sheetName, grid] as const));
  const tables = mapping.tables.filter((table) => {
    if (gridOf.has(table.sheetName)) {
      return true;
    }
    problems.push(sheetMissing(table.sheetName));
    return false;
  });
  const withGrid = (kind: DetectedTable["kind"]) =>
    tables
      .filter((table) => table.kind === kind)
      .map((table) => ({ table, grid: gridOf.get(table.sheetName) as Grid }));
  const encodingOf = textEncodingDetector();
  for (const sheet of new Set(tables.map((table) => table.sheetName))) {
    problems.push(...legacyTextProblems(gridOf.get(sheet) as Grid, encodingOf));
  }

  const scoreReads = withGrid("scores").map(({ table, grid }) => ({
    table,
    read:
      table.layout === "unitsAsRows"
        ? readUnitsAsRows(grid, table, problems, options.profile.scoring.maxTotal)
        : readCriteriaAsRows(grid, table, problems),
  }));
  if (scoreReads.length === 0) {
    problems.push(
      problem(
        "sheet.notFound",
        "error",
        localized(
          "Không tìm thấy bảng chấm điểm (tiêu đề có “Nội dung”/“Tiêu chí” và “Điểm chuẩn”, hoặc “Đơn vị” và các cột điểm). Hãy chọn trang chứa bảng chấm điểm.",
          "No scoring table was found (a header with “Nội dung”/“Criterion” and “Điểm chuẩn”/“Max points”, or “Đơn vị”/“Unit” and score columns). Choose the sheet that holds it."
        )
      )
    );
  }

  const unitRows = readAllUnits(
    withGrid("units"),
    scoreReads.map((entry) => entry.read),
    tables,
    problems
  );
  const directory = createUnitDirectory(
    unitRows.map((row) => row.unit),
    options.aliases
  );
  const scores = resolveScores(
    scoreReads.map((entry) => entry.read),
    directory,
    problems
  );
  const awards = options.profile.awards;
  const votes = withGrid("votes").flatMap(({ table, grid }) =>
    readVotes(grid, table, directory, awards, problems)
  );
  const conditions = withGrid("conditions").flatMap(({ table, grid }) =>
    readConditions(grid, table, directory, problems)
  );
  const awardHistory = withGrid("awardHistory").flatMap(({ table, grid }) =>
    readAwardHistory(grid, table, directory, awards, problems)
  );
  const leaderRows = withGrid("leaderHistory").flatMap(({ table, grid }) =>
    readLeaderHistory(grid, table, directory, problems)
  );

  for (const row of unitRows) {
    if (!scores.byUnit.has(row.unit.id) && scoreReads.length > 0) {
      problems.push(unitMissing(row));
    }
  }

  const ordered = [...grids].sort((a, b) => rank(a, tables) - rank(b, tables));
  const year = options.year ?? findYear(ordered, tables);
  const titleName = findBlocName(ordered, tables) ?? "";
  const blocKey = memoized(nameKey);
  const groups = groupByBloc(unitRows);
  const blocIds = groups.map(({ rows }) => new Set(rows.map((row) => row.unit.id)));
  const votesByBloc = splitByBloc(votes, blocIds);
  const conditionsByBloc = splitByBloc(conditions, blocIds);
  const awardHistoryByBloc = splitByBloc(awardHistory, blocIds);
  const blocs = groups.map(({ blocName, rows }, index): BlocInput => {
    const ids = blocIds[index] ?? new Set<string>();
    return {
      year: year ?? 0,
      blocName: blocName ?? titleName,
      units: rows.map((row) => row.unit),
      criteria: criteriaFor(ids, scores.tables),
      scores: rows
        .map((row) => scores.byUnit.get(row.unit.id))
        .filter((entry): entry is UnitScores => entry !== undefined),
      votes: votesByBloc[index] ?? [],
      conditions: conditionsByBloc[index] ?? [],
      awardHistory: awardHistoryByBloc[index] ?? [],
      leaderHistory: leadersFor(
        blocName,
        ids,
        leaderRows,
        unitRows.length === rows.length,
        blocKey
      ),
    };
  });
  return { blocs, year, problems };
}

/** Sheets with the scoring table first, then those with other tables, then the rest (where to look for titles). */
function rank(grid: Grid, tables: readonly DetectedTable[]): number {
  const kinds = tables
    .filter((table) => table.sheetName === grid.sheetName)
    .map((table) => table.kind);
  return kinds.includes("scores") ? 0 : kinds.length > 0 ? 1 : 2;
}

function sheetMissing(sheet: string): Problem {
  return locatedProblem(
    "sheet.notFound",
    "warning",
    { sheet },
    localized(
      "trang này không còn trong sổ tính nhưng cấu hình cách đọc bảng nhắc tới; bảng trên trang đó bị bỏ qua.",
      "the table mapping names this sheet, which is no longer in the workbook; its table is ignored."
    )
  );
}

function unitMissing(row: UnitRow): Problem {
  return locatedProblem(
    "unit.missing",
    "error",
    row.unit.location ?? { sheet: "" },
    localized(
      `đơn vị “${row.unit.name}” có trong danh sách đơn vị nhưng không có trong bảng chấm điểm.`,
      `the unit “${row.unit.name}” is in the units table but not in the scoring table.`
    ),
    row.unit.id
  );
}
