import { localized } from "../../core/localized";
import { rankEq } from "../../core/ranking/rankEq";
import { rankUnits, type RankEntry } from "../../core/ranking/rankUnits";
import type { TieBreakKey } from "../../core/profile/types";
import { argumentLabel, type ArgumentName } from "./argumentNames";
import { cellError } from "./cellError";
import { inputError } from "./inputError";
import { isBlank } from "./isBlank";
import { readNumber } from "./readNumber";
import type { Cell, Matrix } from "./types";

/**
 * Ranks for the RANK function, in the shape of `scores`. With no tie-breaks, `rankEq` (Excel's
 * RANK.EQ, descending); with tie-breaks, `rankUnits` with one tie-break key per range (higher
 * is better, compared in the order given). A blank score gives a blank cell; a score or
 * tie-break that is not a number gives `#VALUE!` in its cell and is left out of the ranking, as
 * RANK.EQ leaves out text; an Excel error in any range is given to every ranked cell, as
 * RANK.EQ does, since the ranks would be incomplete.
 */
export function rankCells(scores: Matrix, tiebreaks: readonly Matrix[]): Cell[][] {
  const rows = scores.length;
  const columns = scores[0]?.length ?? 0;
  const mismatch = tiebreaks.findIndex(
    (range) => range.length !== rows || (range[0]?.length ?? 0) !== columns
  );
  if (mismatch >= 0)
    return scores.map((line) => line.map(() => sizeMismatch(`tiebreak${mismatch + 1}`)));

  const flat = scores.flat();
  const cells: Cell[] = [];
  const ranked: { index: number; values: number[] }[] = [];
  let firstError: { error: CustomFunctions.Error; position: number } | null = null;
  for (let index = 0; index < flat.length; index++) {
    const tiebreakValues = tiebreaks.map(
      (range) => range[Math.floor(index / columns)]?.[index % columns]
    );
    const read = readRow(flat[index], tiebreakValues);
    if (read.kind === "values") ranked.push({ index, values: read.values });
    else if (read.kind === "error") firstError ??= { error: read.cell, position: index + 1 };
    cells.push(read.kind === "values" ? "" : read.cell);
  }

  if (firstError !== null) {
    const { error, position } = firstError;
    const propagated = cellError(
      localized(
        `Ô thứ ${position} của vùng xếp hạng có lỗi ${error.code}: chưa xếp hạng được.`,
        `Cell ${position} of the ranked ranges holds ${error.code}: no ranks until it is fixed.`
      ),
      error.code
    );
    for (const { index } of ranked) cells[index] = propagated;
  } else {
    const ranks = rankOf(
      ranked.map((row) => row.values),
      tiebreaks.length
    );
    ranked.forEach(({ index }, position) => (cells[index] = ranks[position]!));
  }
  const result: Cell[][] = [];
  for (let row = 0; row < rows; row++) result.push(cells.slice(row * columns, (row + 1) * columns));
  return result;
}

type RowRead =
  | { readonly kind: "values"; readonly values: number[] }
  | { readonly kind: "skipped"; readonly cell: Cell }
  | { readonly kind: "error"; readonly cell: CustomFunctions.Error };

/** A score and its tie-breaks as numbers, or what its cell shows instead. */
function readRow(score: unknown, tiebreaks: readonly unknown[]): RowRead {
  const error =
    inputError(score, "scores") ??
    tiebreaks.reduce<CustomFunctions.Error | null>(
      (found, value, index) => found ?? inputError(value, `tiebreak${index + 1}`),
      null
    );
  if (error) return { kind: "error", cell: error };
  if (isBlank(score)) return { kind: "skipped", cell: "" };
  const values = [score, ...tiebreaks];
  const numbers: number[] = [];
  for (let index = 0; index < values.length; index++) {
    const read = readNumber(values[index], index === 0 ? "scores" : `tiebreak${index}`);
    if (!read.ok) return { kind: "skipped", cell: cellError(read.error) };
    numbers.push(read.value);
  }
  return { kind: "values", values: numbers };
}

function rankOf(rows: readonly number[][], tiebreakCount: number): number[] {
  if (tiebreakCount === 0) return rankEq(rows.map((values) => values[0]!));
  const keys: TieBreakKey[] = Array.from({ length: tiebreakCount }, (_, key) => ({
    kind: "groupScore",
    group: `${key + 1}`,
  }));
  const entries: RankEntry[] = rows.map((values, index) => {
    const groupPoints: Record<string, number> = {};
    for (let key = 1; key < values.length; key++) groupPoints[key] = values[key]!;
    return {
      unitId: String(index),
      total: values[0]!,
      bonus: 0,
      deduction: 0,
      groupPoints,
      votesByAward: {},
    };
  });
  return rankUnits(entries, keys, null).map((entry) => entry.rank);
}

function sizeMismatch(argument: ArgumentName): Cell {
  const name = argumentLabel(argument);
  return cellError(
    localized(
      `${name.vi} phải có cùng số hàng và cột với vùng điểm (scores).`,
      `${name.en} must have as many rows and columns as scores.`
    ),
    CustomFunctions.ErrorCode.notAvailable
  );
}
