import { memoized } from "../../src/sheets/memoized";

describe("memoized", () => {
  it("reads each distinct text once and gives the same answers as the reader", () => {
    const seen: string[] = [];
    const length = memoized((text) => {
      seen.push(text);
      return text.length;
    });
    expect(["ab", "abc", "ab", "", "abc", ""].map(length)).toEqual([2, 3, 2, 0, 3, 0]);
    expect(seen).toEqual(["ab", "abc", ""]);
  });

  it("remembers answers that are null or undefined as well", () => {
    let calls = 0;
    const nothing = memoized((): null | undefined => {
      calls += 1;
      return calls === 1 ? null : undefined;
    });
    expect(nothing("a")).toBeNull();
    expect(nothing("a")).toBeNull();
    expect(nothing("b")).toBeUndefined();
    expect(nothing("b")).toBeUndefined();
    expect(calls).toBe(2);
  });
});
