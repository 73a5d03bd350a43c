import {
  estimateRowHeights,
  lineHeight,
  wrappedLines,
} from "../../../src/documents/layout/estimateRowHeights";

describe("wrappedLines", () => {
  it("keeps a short text on one line", () => {
    expect(wrappedLines("Tỉnh đoàn", 200, 12, false)).toBe(1);
  });

  it("wraps a long text at spaces", () => {
    expect(wrappedLines("Hoàn thành xuất sắc nhiệm vụ", 60, 12, false)).toBeGreaterThanOrEqual(3);
  });

  it("counts explicit line breaks", () => {
    expect(wrappedLines("a\nb\nc", 200, 12, false)).toBe(3);
  });

  it("counts an empty paragraph after a final line break as a line", () => {
    expect(wrappedLines("a\n", 200, 12, false)).toBe(2);
    expect(wrappedLines("", 200, 12, false)).toBe(1);
  });

  it("counts the width of every space between words, doubled spaces too", () => {
    // Twelve-point "a" is 8 px wide and a space 4 px: "a a" takes 20 px, "a  a" 24 px.
    expect(wrappedLines("a a", 20, 12, false)).toBe(1);
    expect(wrappedLines("a  a", 20, 12, false)).toBe(2);
  });

  it("breaks a word longer than the box over several lines", () => {
    expect(wrappedLines("x".repeat(100), 80, 12, false)).toBeGreaterThan(5);
  });
});

describe("estimateRowHeights", () => {
  it("sets a height only for rows whose wrapped text needs several lines", () => {
    const heights = estimateRowHeights(
      [
        [{ value: "ngắn", style: { wrap: true, fontSize: 12 } }, null],
        [
          {
            value: "một dòng chữ dài hơn nhiều so với bề rộng của cột này",
            style: { wrap: true, fontSize: 12 },
          },
          null,
        ],
      ],
      [],
      [5, 5]
    );
    expect(heights[1]).toBeUndefined();
    expect(heights[2]).toBeGreaterThanOrEqual(2 * lineHeight(12));
  });

  it("uses the whole width of a merged cell", () => {
    const text = "một dòng chữ vừa đủ dài";
    const rows = [[{ value: text, style: { wrap: true, fontSize: 12 } }, null, null]];
    expect(estimateRowHeights(rows, [], [8, 30, 30])[1]).toBeDefined();
    expect(
      estimateRowHeights(rows, [{ top: 1, left: 1, bottom: 1, right: 3 }], [8, 30, 30])[1]
    ).toBeUndefined();
  });

  it("ignores unwrapped text and numbers", () => {
    const heights = estimateRowHeights(
      [[{ value: "x".repeat(200) }, { value: 123456789 }]],
      [],
      [2, 2]
    );
    expect(heights).toEqual({});
  });
});
