import { localized } from "../../core/localized";
import { failure, success, type Outcome } from "../../core/outcome";
import type { GradeThresholds } from "../../core/profile/types";
import { parseNumber } from "../../core/text/parseNumber";
import { argumentLabel } from "./argumentNames";
import { isBlank } from "./isBlank";
import { readNumber } from "./readNumber";
import { readPreset } from "./readPreset";
import type { Matrix } from "./types";

/**
 * Grade thresholds from the GRADE function's argument: three numbers in any row or column
 * (minimum totals for "Hoàn thành xuất sắc", "Hoàn thành tốt", "Hoàn thành", from the highest),
 * or a preset's name, or, when omitted, the current national preset's thresholds.
 */
export function readThresholds(matrix: Matrix | null | undefined): Outcome<GradeThresholds> {
  const cells = (matrix ?? []).flat().filter((value) => !isBlank(value));
  const only = cells.length === 1 ? cells[0] : undefined;
  if (cells.length === 0 || (typeof only === "string" && !parseNumber(only).ok)) {
    const preset = readPreset(only ?? null);
    return preset.ok ? success(preset.value.grades) : preset;
  }
  const name = argumentLabel("thresholds");
  if (cells.length !== 3) {
    return failure(
      localized(
        `${name.vi} cần đúng 3 số (xuất sắc, tốt, hoàn thành) hoặc tên bộ quy tắc, nhận được ${cells.length} giá trị.`,
        `${name.en} needs exactly 3 numbers (excellent, good, pass) or a preset name, got ${cells.length} values.`
      )
    );
  }
  const numbers: number[] = [];
  for (const cell of cells) {
    const read = readNumber(cell, "thresholds");
    if (!read.ok) return read;
    numbers.push(read.value);
  }
  const [excellent, good, pass] = numbers as [number, number, number];
  if (!(excellent >= good && good >= pass)) {
    return failure(
      localized(
        `${name.vi} phải giảm dần (xuất sắc ≥ tốt ≥ hoàn thành), nhận được ${numbers.join("; ")}.`,
        `${name.en} must go down (excellent ≥ good ≥ pass), got ${numbers.join(", ")}.`
      )
    );
  }
  return success({ excellent, good, pass });
}
