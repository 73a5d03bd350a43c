import { cellAddress, qualifiedAddress, quotedSheetName } from "../../src/sheets/address";

describe("cellAddress", () => {
  it("writes single-letter columns", () => {
    expect(cellAddress(12, 6)).toBe("F12");
    expect(cellAddress(1, 1)).toBe("A1");
    expect(cellAddress(5, 26)).toBe("Z5");
  });

  it("writes two- and three-letter columns", () => {
    expect(cellAddress(3, 27)).toBe("AA3");
    expect(cellAddress(3, 52)).toBe("AZ3");
    expect(cellAddress(3, 53)).toBe("BA3");
    expect(cellAddress(1, 16384)).toBe("XFD1");
  });
});

describe("qualifiedAddress", () => {
  it("quotes a sheet name with spaces or diacritics-and-spaces", () => {
    expect(qualifiedAddress("Chấm điểm", 12, 6)).toBe("'Chấm điểm'!F12");
  });

  it("leaves a plain sheet name bare", () => {
    expect(qualifiedAddress("Units", 3, 2)).toBe("Units!B3");
    expect(qualifiedAddress("ĐơnVị", 3, 2)).toBe("ĐơnVị!B3");
  });

  it("doubles apostrophes inside a quoted name", () => {
    expect(quotedSheetName("Bob's sheet")).toBe("'Bob''s sheet'");
  });

  it("quotes names that start with a digit or look like a cell address", () => {
    expect(quotedSheetName("2018")).toBe("'2018'");
    expect(quotedSheetName("A1")).toBe("'A1'");
    expect(quotedSheetName("Năm-2018")).toBe("'Năm-2018'");
  });
});
