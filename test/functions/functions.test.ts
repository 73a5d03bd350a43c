import {
  completion,
  grade,
  nextleader,
  nominate,
  points,
  rank,
  score,
  votepass,
} from "../../src/functions/functions";
import { column, errorCell, errorOf, first, firstColumn, OMITTED } from "./helpers";

const VALUE = "#VALUE!";
const NA = "#N/A";

describe("THIDUA.COMPLETION", () => {
  test("divides actual by target for a single cell", () => {
    expect(completion([[450]], [[500]])).toEqual([[0.9]]);
  });

  test("treats arguments Excel passes as null as omitted", () => {
    expect(completion([[600]], [[500]], OMITTED, OMITTED)).toEqual([[1.2]]);
  });

  test("inverts the ratio when lower is better and clamps to the cap", () => {
    expect(completion([[2]], [[4]], [[true]])).toEqual([[2]]);
    expect(completion([[2]], [[4]], [[true]], [[1.5]])).toEqual([[1.5]]);
    expect(completion([[0]], [[4]], [["TRUE"]], [["1,2"]])).toEqual([[1.2]]);
  });

  test("answers a column of actual values with a column, repeating a single target", () => {
    expect(completion(column(100, 250, "", "500"), [[500]])).toEqual([[0.2], [0.5], [""], [1]]);
  });

  test("pairs two columns cell by cell", () => {
    expect(completion(column(1, 3), column(2, 4))).toEqual([[0.5], [0.75]]);
  });

  test("reads numbers stored as text with a decimal comma", () => {
    expect(completion([["  95,5 "]], [["100"]])).toEqual([[0.955]]);
  });

  test("gives #VALUE! naming the argument for text, booleans and an empty target", () => {
    const text = first(completion([["nhiều"]], [[10]]));
    expect(errorOf(text).code).toBe(VALUE);
    expect(errorOf(text).message).toContain("actual");
    expect(errorOf(text).message).toContain("Kết quả thực hiện");

    const logical = first(completion([[true]], [[10]]));
    expect(errorOf(logical).message).toContain("TRUE");

    const empty = first(completion([[5]], [[null]]));
    expect(errorOf(empty)).toEqual({
      code: VALUE,
      message: expect.stringContaining("target is empty"),
    });
  });

  test("passes the core's reasons on: a non-positive target, a cap below 1, a bad flag", () => {
    expect(errorOf(completion([[5]], [[0]])[0]![0]).message).toContain("positive");
    expect(errorOf(completion([[5]], [[10]], OMITTED, [[0.5]])[0]![0]).message).toContain("cap");
    expect(errorOf(completion([[5]], [[10]], [["maybe"]])[0]![0]).message).toContain(
      "lower_is_better"
    );
    expect(errorOf(completion([[0]], [[10]], [[true]])[0]![0]).message).toContain("cap");
  });

  test("keeps errors per cell inside a range", () => {
    const result = completion(
      column(5, "x", errorCell(CustomFunctions.ErrorCode.divisionByZero), 10),
      [[10]]
    );
    expect(result[0]).toEqual([0.5]);
    expect(errorOf(result[1]![0]).code).toBe(VALUE);
    expect(errorOf(result[2]![0]).code).toBe("#DIV/0!");
    expect(errorOf(result[2]![0]).message).toContain("actual");
    expect(result[3]).toEqual([1]);
  });

  test("gives #N/A beyond the edge of a shorter range, as Excel's array arithmetic does", () => {
    const result = completion(column(1, 2, 3), column(2, 4));
    expect(result.slice(0, 2)).toEqual([[0.5], [0.5]]);
    expect(errorOf(result[2]![0]).code).toBe(NA);
    expect(errorOf(result[2]![0]).message).toContain("target");
  });
});

describe("THIDUA.POINTS", () => {
  test("gives proportional points by default, never above the maximum", () => {
    expect(points([[250]], [[500]], [[10]])).toEqual([[5]]);
    expect(points([[600]], [[500]], [[10]], OMITTED, OMITTED, OMITTED)).toEqual([[10]]);
  });

  test("accepts the method by its id or Vietnamese name", () => {
    expect(points([[550]], [[500]], [[12]], [["capped"]], [[1.2]])[0]![0]).toBeCloseTo(11, 9);
    expect(points([[499]], [[500]], [[10]], [["Đạt/không đạt"]])).toEqual([[0]]);
    expect(points([[500]], [[500]], [[10]], [["allornothing"]])).toEqual([[10]]);
    expect(points([[250]], [[500]], [[10]], [["tỷ lệ"]])).toEqual([[5]]);
  });

  test("scores a lower-is-better criterion, an actual of 0 completing at the cap", () => {
    expect(points([[0]], [[3]], [[10]], OMITTED, OMITTED, [[true]])).toEqual([[10]]);
    expect(points([[6]], [[3]], [[10]], OMITTED, OMITTED, [[true]])).toEqual([[5]]);
  });

  test("works down a table with a maximum per row", () => {
    expect(points(column(50, "", 20), column(100, 100, 40), column(10, 10, 6))).toEqual([
      [5],
      [""],
      [3],
    ]);
  });

  test("rejects an unknown method and a negative maximum with their names", () => {
    expect(errorOf(points([[5]], [[10]], [[10]], [["linear"]])[0]![0]).message).toContain("method");
    expect(errorOf(points([[5]], [[10]], [[-1]])[0]![0]).message).toContain("maxPoints");
    expect(errorOf(points([[5]], [[10]], [[null]])[0]![0]).message).toContain(
      "max_points is empty"
    );
  });
});

describe("THIDUA.SCORE", () => {
  test("adds the bonus and subtracts the deduction", () => {
    expect(score([[90]], [[100]], [[3]], [[2]])).toEqual([[91]]);
  });

  test("treats omitted bonus, deduction and caps as none", () => {
    expect(score([[90]], [[100]], OMITTED, OMITTED, OMITTED, OMITTED)).toEqual([[90]]);
  });

  test("caps the bonus and the deduction", () => {
    expect(score([[90]], [[100]], [[8]], [[15]], [[5]], [[10]])).toEqual([[85]]);
  });

  test("spills a total per row and leaves empty rows empty", () => {
    expect(score(column(950, null, "940,5"), [[1000]], column(10, null, 0))).toEqual([
      [960],
      [""],
      [940.5],
    ]);
  });

  test("refuses points above the maximum and negative bonuses", () => {
    expect(errorOf(score([[101]], [[100]])[0]![0]).message).toContain("above maxPoints");
    expect(errorOf(score([[90]], [[100]], [[-1]])[0]![0]).message).toContain("bonus");
    expect(errorOf(score([[90]], [[100]], [[false]])[0]![0]).message).toContain("FALSE");
  });
});

describe("THIDUA.GRADE", () => {
  test("grades with the national thresholds when omitted", () => {
    expect(grade(column(95, 85, 60, 10, ""), OMITTED)).toEqual([
      ["Hoàn thành xuất sắc nhiệm vụ"],
      ["Hoàn thành tốt nhiệm vụ"],
      ["Hoàn thành nhiệm vụ"],
      ["Không hoàn thành nhiệm vụ"],
      [""],
    ]);
  });

  test("takes three thresholds in a row or a preset name", () => {
    expect(grade([[905]], [[900, 800, 500]])).toEqual([["Hoàn thành xuất sắc nhiệm vụ"]]);
    expect(grade([[905]], [["seed-bloc-2018"]])).toEqual([["Hoàn thành xuất sắc nhiệm vụ"]]);
    expect(grade([[899.5]], column("900", "800", "500"))).toEqual([["Hoàn thành tốt nhiệm vụ"]]);
  });

  test("rejects thresholds that are too few, not descending or an unknown preset", () => {
    expect(errorOf(grade([[90]], [[90, 80]])[0]![0]).message).toContain("3");
    expect(errorOf(grade([[90]], [[50, 80, 90]])[0]![0]).message).toContain(
      "excellent ≥ good ≥ pass"
    );
    expect(errorOf(grade([[90]], [["tinh-x"]])[0]![0]).message).toContain("national-2025");
  });

  test("rejects a score that is not a number, per cell", () => {
    const result = grade(column(95, "abc", true), OMITTED);
    expect(result[0]).toEqual(["Hoàn thành xuất sắc nhiệm vụ"]);
    expect(errorOf(result[1]![0]).code).toBe(VALUE);
    expect(errorOf(result[2]![0]).code).toBe(VALUE);
  });
});

describe("THIDUA.RANK", () => {
  test("ranks highest first with ties sharing a rank, like RANK.EQ", () => {
    expect(rank(column(90, 95, 90, 80))).toEqual([[2], [1], [2], [4]]);
  });

  test("answers a single score with rank 1", () => {
    expect(rank([[7]], OMITTED as unknown as unknown[][][])).toEqual([[1]]);
  });

  test("keeps the shape of a row and skips empty cells", () => {
    expect(rank([[10, null, 30, "", 20]])).toEqual([[3, "", 1, "", 2]]);
  });

  test("breaks ties by the tie-break ranges in order; a negated range prefers less", () => {
    const totals = column(90, 90, 90, 80);
    const bonus = column(2, 3, 3, 9);
    const deductionsNegated = column(0, -1, 0, 0);
    expect(rank(totals, [bonus])).toEqual([[3], [1], [1], [4]]);
    expect(rank(totals, [bonus, deductionsNegated])).toEqual([[3], [2], [1], [4]]);
  });

  test("counts numbers stored as text and leaves other text and booleans out, with #VALUE!", () => {
    const result = rank(column("95,5", 90, "miễn", true, 99));
    expect(result[0]).toEqual([2]);
    expect(result[1]).toEqual([3]);
    expect(errorOf(result[2]![0]).code).toBe(VALUE);
    expect(errorOf(result[3]![0]).code).toBe(VALUE);
    expect(result[4]).toEqual([1]);
  });

  test("gives every ranked cell the error when a score holds an Excel error, as RANK.EQ does", () => {
    const result = rank(column(90, errorCell(CustomFunctions.ErrorCode.notAvailable), 80, null));
    expect(errorOf(result[0]![0])).toEqual({
      code: NA,
      message: expect.stringContaining("Cell 2"),
    });
    expect(errorOf(result[1]![0]).code).toBe(NA);
    expect(errorOf(result[2]![0]).code).toBe(NA);
    expect(result[3]).toEqual([""]);
  });

  test("leaves out a unit whose tie-break is not a number, saying which tie-break", () => {
    const result = rank(column(90, 90, 80), [column(1, "", 0)]);
    expect(result[0]).toEqual([1]);
    expect(errorOf(result[1]![0]).message).toContain("tiebreak1");
    expect(result[2]).toEqual([2]);
  });

  test("gives #N/A when a tie-break range is not the size of the scores", () => {
    const result = rank(column(90, 80), [column(1, 2, 3)]);
    expect(result.map((row) => errorOf(row[0]).code)).toEqual([NA, NA]);
  });

  test("gives #VALUE! when the scores are missing", () => {
    expect(errorOf(rank(OMITTED)[0]![0]).code).toBe(VALUE);
  });
});

describe("THIDUA.VOTEPASS", () => {
  test("passes at the national 80% of the base when the threshold is omitted", () => {
    expect(votepass(column(8, 7), [[10]], OMITTED)).toEqual([[true], [false]]);
  });

  test("reads a share, a percentage, a fraction and 'more than' thresholds", () => {
    expect(votepass([[5]], [[10]], [[0.5]])).toEqual([[true]]);
    expect(votepass([[5]], [[10]], [[">50%"]])).toEqual([[false]]);
    expect(votepass([[6]], [[9]], [["2/3"]])).toEqual([[true]]);
    expect(votepass([[5]], [[9]], [["66,7%"]])).toEqual([[false]]);
  });

  test("takes a preset's ballot rule by name", () => {
    expect(votepass([[3]], [[6]], [["seed-bloc-2018"]])).toEqual([[false]]);
    expect(votepass([[4]], [[6]], [["seed-bloc-2018"]])).toEqual([[true]]);
  });

  test("leaves empty vote cells empty", () => {
    expect(votepass(column(null, 9), column(10, 10))).toEqual([[""], [true]]);
  });

  test("rejects more votes than the base, fractional counts, a zero base and odd thresholds", () => {
    expect(errorOf(votepass([[11]], [[10]])[0]![0]).message).toContain("more than base");
    expect(errorOf(votepass([[2.5]], [[10]])[0]![0]).message).toContain("whole number");
    expect(errorOf(votepass([[0]], [[0]])[0]![0]).message).toContain("base");
    expect(errorOf(votepass([[5]], [[10]], [[80]])[0]![0]).message).toContain("share from 0 to 1");
    expect(errorOf(votepass([[5]], [[10]], [["nhiều"]])[0]![0]).code).toBe(VALUE);
  });
});

/** The seed's six units (SPEC §7), Hội LHPN tỉnh first and Liên đoàn Lao động tỉnh second. */
const SEED_UNITS = column(
  "Ủy ban MTTQ Việt Nam tỉnh",
  "Hội Liên hiệp Phụ nữ tỉnh",
  "Liên đoàn Lao động tỉnh",
  "Tỉnh đoàn",
  "Hội Nông dân tỉnh",
  "Hội Cựu chiến binh tỉnh"
);
const SEED_TOTALS = column(961, "985,5", 972, 955.5, 948, 940);

describe("THIDUA.NOMINATE", () => {
  test("makes the seed's 2018 decisions with unanimous ballots and the 2018 preset", () => {
    const rows = nominate(SEED_UNITS, SEED_TOTALS, [[6]], OMITTED, "seed-bloc-2018");
    expect(rows.map((row) => row.slice(0, 2))).toEqual([
      ["Ủy ban MTTQ Việt Nam tỉnh", "Bằng khen của Ủy ban nhân dân tỉnh"],
      ["Hội Liên hiệp Phụ nữ tỉnh", "Cờ thi đua của Chính phủ"],
      ["Liên đoàn Lao động tỉnh", "Cờ thi đua của Ủy ban nhân dân tỉnh"],
      ["Tỉnh đoàn", "Bằng khen của Ủy ban nhân dân tỉnh"],
      ["Hội Nông dân tỉnh", "Bằng khen của Ủy ban nhân dân tỉnh"],
      ["Hội Cựu chiến binh tỉnh", "Bằng khen của Ủy ban nhân dân tỉnh"],
    ]);
    expect(rows[1]![2]).toContain("Hạng 1/6");
    expect(rows[1]![2]).toContain("6/6 phiếu");
  });

  test("names awards missed for the same reason together, and the others one by one", () => {
    const rows = nominate(column("A", "B", "C"), column(98, 96, 60), [[9]], [[10]], null);
    expect(rows[0]![2]).toBe("Cờ thi đua của Chính phủ: Hạng 1/3, 98 điểm, 9/10 phiếu (90%)");
    // Both flags need the bloc's leading unit: one reason, the two awards named before it.
    expect(rows[1]![2]).toBe(
      "Cờ thi đua của Chính phủ và Cờ thi đua của Ủy ban nhân dân tỉnh: Không phải đơn vị dẫn " +
        "đầu khối (xếp hạng 2); Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: Hạng 2/3, 96 " +
        "điểm, 9/10 phiếu (90%)"
    );
    // The 2018 flags need rank 1 and rank 2 or better: different reasons, each award its own.
    const seed = nominate(SEED_UNITS, SEED_TOTALS, [[6]], OMITTED, "seed-bloc-2018");
    expect(seed[3]![2]).toBe(
      "Cờ thi đua của Chính phủ: Không phải đơn vị dẫn đầu khối (xếp hạng 4); Cờ thi đua của " +
        "Ủy ban nhân dân tỉnh: Xếp hạng 4, danh hiệu này cần hạng 2 trở lên; Bằng khen của Ủy " +
        "ban nhân dân tỉnh: Hạng 4/6, 955,5 điểm, 6/6 phiếu (100%)"
    );
  });

  test("proposes provisionally, before the ballot, when votes are omitted", () => {
    const rows = nominate(SEED_UNITS, SEED_TOTALS, OMITTED, OMITTED, null);
    expect(rows[1]![1]).toBe("Cờ thi đua của Chính phủ");
    expect(rows[1]![2]).toContain("tạm tính");
  });

  test("follows the ballot: a unit short of the votes is not proposed", () => {
    const votes = column(6, 2, 6, 6, 6, 6);
    const rows = nominate(SEED_UNITS, SEED_TOTALS, votes, [[6]], "seed-bloc-2018");
    expect(rows[1]![1]).toBe("");
    expect(rows[1]![2]).toContain("2/6");
  });

  test("keeps blank rows of the range blank", () => {
    const rows = nominate(
      column("A", null, "B"),
      column(95, null, 90),
      OMITTED,
      OMITTED,
      OMITTED as unknown as string
    );
    expect(rows[1]).toEqual(["", "", ""]);
    expect(rows).toHaveLength(3);
  });

  test("shows no decision while a row is wrong, pointing at it", () => {
    const rows = nominate(column("A", "B", "a"), column(95, "n/a", 90), OMITTED, OMITTED, null);
    expect(rows[0]![0]).toBe("A");
    expect(errorOf(rows[0]![1])).toEqual({ code: NA, message: expect.stringContaining("Row 2") });
    expect(errorOf(rows[1]![1]).message).toContain("B");
    expect(errorOf(rows[2]![2]).message).toContain("listed twice");
  });

  test("reports votes above the voters from the engine, in the unit's row", () => {
    const rows = nominate(column("A", "B"), column(95, 90), column(2, 7), [[6]], null);
    expect(errorOf(rows[1]![1]).message).toContain("7");
    expect(errorOf(rows[0]![1]).message).toContain("Row 2");
  });

  test("rejects units and scores of different lengths, and an unknown preset", () => {
    expect(errorOf(nominate(column("A", "B"), column(1), OMITTED, OMITTED, null)[0]![0]).code).toBe(
      NA
    );
    expect(
      errorOf(nominate(column("A"), column(1), OMITTED, OMITTED, "x")[0]![0]).message
    ).toContain("preset");
  });
});

describe("THIDUA.NEXTLEADER", () => {
  const years = column(2016, 2017, 2018);
  const leaders = column(
    "Hội Nông dân tỉnh",
    "Liên đoàn Lao động tỉnh",
    "Ủy ban MTTQ Việt Nam tỉnh"
  );

  test("proposes the seed's leader for 2019 from the 2018 history", () => {
    const [leader, deputy, reasons] = firstColumn(
      nextleader(SEED_UNITS, SEED_TOTALS, years, leaders, null, "seed-bloc-2018")
    );
    expect(leader).toBe("Hội Liên hiệp Phụ nữ tỉnh");
    expect(deputy).toBe("");
    expect(reasons).toContain("2019");
  });

  test("chooses a deputy under the national preset, skipping recent leaders", () => {
    const [leader, deputy] = firstColumn(
      nextleader(SEED_UNITS, SEED_TOTALS, years, leaders, OMITTED as unknown as number)
    );
    expect(leader).toBe("Hội Liên hiệp Phụ nữ tỉnh");
    expect(deputy).toBe("Tỉnh đoàn");
  });

  test("leaves a tie at the top to the meeting with #N/A", () => {
    const leader = first(
      nextleader(column("A", "B"), column(90, 90), OMITTED, OMITTED, 2025, null)
    );
    expect(errorOf(leader)).toEqual({ code: NA, message: expect.stringContaining("2026") });
  });

  test("needs a year when there is no history", () => {
    const result = nextleader(column("A"), column(90), OMITTED, OMITTED, null, null);
    expect(errorOf(result[0]![0]).message).toContain("year");
  });

  test("rejects a history year that is not a year and a history row without a leader", () => {
    expect(
      errorOf(nextleader(column("A"), column(90), column(18), column("A"), null, null)[0]![0])
        .message
    ).toContain("history_years");
    expect(
      errorOf(nextleader(column("A"), column(90), column(2018), column(null), null, null)[0]![0])
        .message
    ).toContain("history_leaders");
  });
});

describe("every THIDUA function", () => {
  test("keeps error messages short enough for Excel to show", () => {
    const long = "x".repeat(500);
    const cell = first(completion([[long]], [[1]]));
    expect(errorOf(cell).message.length).toBeLessThanOrEqual(250);
    expect(errorOf(cell).message).toContain(" / ");
  });
});
