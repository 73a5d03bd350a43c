import { addTable } from "../../../src/documents/layout/addTable";
import { createSheetDraft } from "../../../src/documents/layout/sheetDraft";

describe("addTable", () => {
  it("merges a header spanning several sheet columns", () => {
    const draft = createSheetDraft([5, 10, 10]);
    const placed = addTable(draft, {
      columns: [{ header: "STT" }, { header: "Tên", span: 2 }],
      rows: [],
    });
    expect(placed.headerRow).toBe(1);
    expect(draft.merges).toEqual([{ top: 1, left: 2, bottom: 1, right: 3 }]);
    expect(draft.rows[0]?.[0]?.style).toMatchObject({
      bold: true,
      horizontal: "center",
      wrap: true,
      border: true,
    });
  });

  it("merges a cell down over the rows it spans and places the next rows' cells beside it", () => {
    const draft = createSheetDraft([5, 10, 10]);
    const placed = addTable(draft, {
      columns: [{ header: "A" }, { header: "B" }, { header: "C" }],
      rows: [
        [{ value: "tall", rowSpan: 2 }, { value: "b1" }, { value: "c1" }],
        [{ value: "b2" }, { value: "c2" }],
      ],
    });
    expect(placed.lastRow).toBe(3);
    expect(draft.merges).toContainEqual({ top: 2, left: 1, bottom: 3, right: 1 });
    expect(draft.rows[2]?.map((cell) => cell?.value ?? null)).toEqual([null, "b2", "c2"]);
  });

  it("aligns numbers right and keeps the column's number format", () => {
    const draft = createSheetDraft([10]);
    addTable(draft, {
      columns: [{ header: "Điểm", numberFormat: "0.0" }],
      rows: [[{ value: 9.5 }]],
    });
    expect(draft.rows[1]?.[0]?.style).toMatchObject({
      horizontal: "right",
      numberFormat: "0.0",
      border: true,
    });
  });
});
