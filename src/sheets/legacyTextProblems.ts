import { localized } from "../core/localized";
import type { Problem } from "../core/problem";
import { legacyEncodingDetector } from "../core/text";
import { cellProblem } from "./cellProblem";
import type { Grid } from "./grid";
import { memoized } from "./memoized";

const ENCODING_NAMES = { tcvn3: "TCVN3 (ABC)", vni: "VNI" } as const;

/** One warning per text cell that looks typed in a legacy encoding (TCVN3 or VNI) rather than Unicode. */
export function legacyTextProblems(grid: Grid): Problem[] {
  const problems: Problem[] = [];
  // A sheet repeats its texts (unit and award names): each distinct one is analysed once.
  const encodingOf = memoized(legacyEncodingDetector());
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
