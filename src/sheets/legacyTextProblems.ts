import { localized } from "../core/localized";
import type { Problem } from "../core/problem";
import { legacyEncodingDetector, type LegacyEncoding } from "../core/text";
import { cellProblem } from "./cellProblem";
import type { Grid } from "./grid";
import { memoized } from "./memoized";

const ENCODING_NAMES = { tcvn3: "TCVN3 (ABC)", vni: "VNI" } as const;

/** The legacy encoding a text looks typed in, or null; see `legacyEncodingDetector`. */
export type EncodingOf = (text: string) => LegacyEncoding | null;

/**
 * `legacyEncodingDetector` remembering its answer for each text: a sheet repeats its texts (unit
 * and award names), and so do the sheets of a workbook. Make one per pass over the sheets.
 */
export function textEncodingDetector(): EncodingOf {
  return memoized(legacyEncodingDetector());
}

/**
 * One warning per text cell that looks typed in a legacy encoding (TCVN3 or VNI) rather than
 * Unicode. Pass one `encodingOf` for all the sheets of a pass to analyse each distinct text once.
 */
export function legacyTextProblems(
  grid: Grid,
  encodingOf: EncodingOf = textEncodingDetector()
): Problem[] {
  const problems: Problem[] = [];
  grid.values.forEach((values, rowOffset) => {
    values.forEach((value, columnOffset) => {
      if (typeof value !== "string" || value.trim() === "") {
        return;
      }
      const encoding = encodingOf(value);
      if (encoding === null) {
        return;
      }
      const name = ENCODING_NAMES[encoding];
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      problems.push(
        cellProblem(
          "text.legacyEncoding",
          "warning",
          {
            sheet: grid.sheetName,
            row: grid.originRow + rowOffset,
            column: grid.originColumn + columnOffset,
          },
          localized(
            `“${shown}” có vẻ được gõ bằng bảng mã cũ ${name}, không phải Unicode; tên và số liệu có thể không khớp. Hãy chuyển mã sang Unicode (ví dụ bằng Unikey).`,
            `“${shown}” looks typed in the legacy ${name} encoding, not Unicode; names and figures may not match. Convert it to Unicode (e.g. with Unikey).`
          )
        )
      );
    });
  });
  return problems;
}
