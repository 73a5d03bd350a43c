import { splitByBloc } from "../../src/sheets/blocParts";

describe("splitByBloc", () => {
  it("gives each bloc the entries of its units, in their order", () => {
    const entries = [
      { unitId: "a", n: 1 },
      { unitId: "c", n: 2 },
      { unitId: "b", n: 3 },
      { unitId: "a", n: 4 },
    ];
    const split = splitByBloc(entries, [new Set(["a", "b"]), new Set(["c"])]);
    expect(split.map((bloc) => bloc.map((entry) => entry.n))).toEqual([[1, 3, 4], [2]]);
  });

  it("leaves out entries of units in no bloc and gives an empty list to a bloc without entries", () => {
    const split = splitByBloc([{ unitId: "x" }], [new Set(["a"]), new Set<string>()]);
    expect(split).toEqual([[], []]);
  });

  it("gives an entry to every bloc its unit is in", () => {
    const split = splitByBloc([{ unitId: "a" }], [new Set(["a"]), new Set(["a", "b"])]);
    expect(split).toEqual([[{ unitId: "a" }], [{ unitId: "a" }]]);
  });
});
