import { columnLetters, columnOptions } from "../../../src/taskpane/data/columnOptions";
import { makeGrid } from "../../sheets/helpers/grid";

describe("columnOptions", () => {
  it("labels each column with its letter and header text, two header rows joined", () => {
    const grid = makeGrid(
      "Chấm điểm",
      [
        ["Bảng điểm", null, null],
        ["STT", "Nội dung", "Hội Nông dân"],
        [null, null, "Khối chấm"],
      ],
      { originColumn: 2 }
    );
    expect(columnOptions(grid, 3, 2)).toEqual([
      { column: 2, label: "B — STT" },
      { column: 3, label: "C — Nội dung" },
      { column: 4, label: "D — Hội Nông dân / Khối chấm" },
    ]);
  });

  it("gives bare letters for blank headers, and nothing for a missing sheet", () => {
    expect(columnOptions(makeGrid("A", [[null, "x"]]), 1)).toEqual([
      { column: 1, label: "A" },
      { column: 2, label: "B — x" },
    ]);
    expect(columnOptions(undefined, 1)).toEqual([]);
    expect(columnLetters(28)).toBe("AB");
  });
});
