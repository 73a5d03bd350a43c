import { decree30Number, documentDate } from "../../../src/documents/layout/documentDate";

describe("decree30Number", () => {
  it("writes days below 10 with a leading zero", () => {
    expect([1, 5, 9].map((day) => decree30Number(day, "day"))).toEqual(["01", "05", "09"]);
  });

  it("writes days from 10 as they are", () => {
    expect([10, 25, 31].map((day) => decree30Number(day, "day"))).toEqual(["10", "25", "31"]);
  });

  it("writes January and February with a leading zero", () => {
    expect([1, 2].map((month) => decree30Number(month, "month"))).toEqual(["01", "02"]);
  });

  it("writes March to December without a leading zero", () => {
    expect([3, 9, 10, 12].map((month) => decree30Number(month, "month"))).toEqual([
      "3",
      "9",
      "10",
      "12",
    ]);
  });

  it("leaves numbers outside the calendar as they are", () => {
    expect(decree30Number(0, "day")).toBe("0");
    expect(decree30Number(13, "month")).toBe("13");
  });
});

describe("documentDate", () => {
  it("prints the seed meeting's date as Decree 30 shows it", () => {
    expect(documentDate("Bắc Ninh", { day: 5, month: 12, year: 2018 }, "vi")).toBe(
      "Bắc Ninh, ngày 05 tháng 12 năm 2018"
    );
  });

  it("pads a February date's day and month", () => {
    expect(documentDate("Hà Nội", { day: 3, month: 2, year: 2019 }, "vi")).toBe(
      "Hà Nội, ngày 03 tháng 02 năm 2019"
    );
  });

  it("does not pad March", () => {
    expect(documentDate("Hà Nội", { day: 15, month: 3, year: 2025 }, "vi")).toBe(
      "Hà Nội, ngày 15 tháng 3 năm 2025"
    );
  });

  it("prints an English date with the month's name", () => {
    expect(documentDate("Bắc Ninh", { day: 5, month: 12, year: 2018 }, "en")).toBe(
      "Bắc Ninh, 5 December 2018"
    );
  });

  it("prints an impossible month as its number rather than failing", () => {
    expect(documentDate("Bắc Ninh", { day: 5, month: 14, year: 2018 }, "en")).toBe(
      "Bắc Ninh, 5 14 2018"
    );
  });
});
describe("documentDate with no place configured", () => {
  test("leaves a dotted gap for the place instead of a bare comma", () => {
    const line = documentDate("  ", { day: 5, month: 12, year: 2018 }, "vi");
    expect(line).toBe("…………, ngày 05 tháng 12 năm 2018");
    expect(documentDate("", { day: 5, month: 12, year: 2018 }, "en")).toBe("…………, 5 December 2018");
  });
});
