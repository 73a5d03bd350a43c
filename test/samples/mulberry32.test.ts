import { mulberry32, randomInteger, shuffled } from "../../scripts/samples/mulberry32";

describe("mulberry32", () => {
  it("gives the same numbers for the same seed, and others for another seed", () => {
    const first = mulberry32(2025);
    const second = mulberry32(2025);
    const other = mulberry32(2026);
    const take = (random: () => number): number[] => Array.from({ length: 5 }, () => random());

    const numbers = take(first);
    expect(take(second)).toEqual(numbers);
    expect(take(other)).not.toEqual(numbers);
    numbers.forEach((number) => {
      expect(number).toBeGreaterThanOrEqual(0);
      expect(number).toBeLessThan(1);
    });
  });

  it("draws integers within both bounds", () => {
    const random = mulberry32(7);
    const draws = Array.from({ length: 500 }, () => randomInteger(random, 21, 25));

    expect(new Set(draws)).toEqual(new Set([21, 22, 23, 24, 25]));
  });

  it("shuffles into a permutation without changing the input", () => {
    const items = ["a", "b", "c", "d", "e", "f"];
    const result = shuffled(mulberry32(1), items);

    expect([...result].sort()).toEqual(items);
    expect(items).toEqual(["a", "b", "c", "d", "e", "f"]);
  });
});
