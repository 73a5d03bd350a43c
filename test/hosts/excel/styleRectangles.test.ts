import type { SpecCell } from "../../../src/documents/sheetSpec";
import { styleRectangles } from "../../../src/hosts/excel/styleRectangles";
import { specFixture } from "../specFixture";

const bordered = (value: string | number): SpecCell => ({ value, style: { border: true } });

describe("styleRectangles", () => {
  test("makes one rectangle of a table whose cells share a property, whatever else differs", () => {
    const spec = specFixture();
    expect(styleRectangles(spec, 3, (style) => style.border)).toEqual([
      { top: 3, left: 1, bottom: 5, right: 3, value: true },
    ]);
    expect(styleRectangles(spec, 3, (style) => style.italic)).toEqual([
      { top: 5, left: 2, bottom: 5, right: 2, value: true },
    ]);
  });

  test("gives a cell covered by a merged area its area's style", () => {
    const spec = specFixture({
      rows: [
        [bordered(1), bordered("Đơn vị A"), bordered("Cờ")],
        [null, null, bordered("Bằng khen")],
      ],
      merges: [
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 1, left: 2, bottom: 2, right: 2 },
      ],
    });
    expect(styleRectangles(spec, 3, (style) => style.border)).toEqual([
      { top: 1, left: 1, bottom: 2, right: 3, value: true },
    ]);
  });

  test("splits where the value changes", () => {
    const spec = specFixture({
      rows: [
        [
          { value: 1, style: { horizontal: "center" } },
          { value: "a", style: { horizontal: "left" } },
        ],
        [
          { value: 2, style: { horizontal: "center" } },
          { value: "b", style: { horizontal: "left" } },
        ],
      ],
      merges: [],
    });
    expect(styleRectangles(spec, 2, (style) => style.horizontal)).toEqual([
      { top: 1, left: 1, bottom: 2, right: 1, value: "center" },
      { top: 1, left: 2, bottom: 2, right: 2, value: "left" },
    ]);
  });

  test("gives nothing when no cell has the property", () => {
    expect(styleRectangles(specFixture(), 3, (style) => style.vertical)).toEqual([]);
  });
});
