import { columnName } from "../../../src/hosts/xlsx/columnName";

describe("columnName", () => {
  it("names columns as A1 references do", () => {
    expect([1, 26, 27, 52, 53, 702, 703, 16384].map(columnName)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
  });
});
