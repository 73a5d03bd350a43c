import { formatDateText, parseDateText } from "../../../src/taskpane/print/parseDateText";

describe("parseDateText", () => {
  it("reads a day-first date as Vietnamese write it, with / . or - between the parts", () => {
    expect(parseDateText("10/12/2025")).toEqual({ day: 10, month: 12, year: 2025 });
    expect(parseDateText(" 1.2.2026 ")).toEqual({ day: 1, month: 2, year: 2026 });
    expect(parseDateText("05-06-2024")).toEqual({ day: 5, month: 6, year: 2024 });
  });

  it("refuses days that do not exist and text that is not a date", () => {
    expect(parseDateText("31/02/2025")).toBeNull();
    expect(parseDateText("29/02/2025")).toBeNull();
    expect(parseDateText("10/13/2025")).toBeNull();
    expect(parseDateText("2025-12-10")).toBeNull();
    expect(parseDateText("")).toBeNull();
  });

  it("accepts 29 February in a leap year, and formats a date back the same way", () => {
    expect(parseDateText("29/02/2024")).toEqual({ day: 29, month: 2, year: 2024 });
    expect(formatDateText({ day: 10, month: 12, year: 2025 })).toBe("10/12/2025");
  });
});
