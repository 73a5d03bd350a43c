import { AwardLists } from "../../../src/core/internal/awardLists";

describe("AwardLists", () => {
  it("gives each award one list of the given length, the same one every time", () => {
    const lists = new AwardLists<number>(3);
    const flag = lists.of("co-tinh");
    flag[1] = 7;
    expect(lists.of("co-tinh")).toBe(flag);
    expect(lists.of("bang-khen")).not.toBe(flag);
    expect(flag).toHaveLength(3);
    expect(lists.of("co-tinh")[1]).toBe(7);
    expect(lists.of("bang-khen")[1]).toBeUndefined();
  });

  it("adds the lists to a map by award id, in the order the awards were first asked for", () => {
    const lists = new AwardLists<string>(2);
    lists.of("b")[0] = "x";
    lists.of("a")[1] = "y";
    lists.of("b")[1] = "z";
    const map = lists.addTo(new Map());
    expect([...map.keys()]).toEqual(["b", "a"]);
    expect(map.get("b")).toEqual(["x", "z"]);
    expect(map.get("a")).toEqual([undefined, "y"]);
  });

  it("adds nothing when no award was asked for", () => {
    expect(new AwardLists<number>(5).addTo(new Map()).size).toBe(0);
  });
});
