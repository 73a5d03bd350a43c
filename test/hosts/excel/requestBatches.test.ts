import { requestBatches } from "../../../src/hosts/excel/requestBatches";

const sized = (...sizes: number[]) => sizes.map((bytes, index) => ({ bytes, index }));

describe("requestBatches", () => {
  test("keeps everything in one batch when it fits", () => {
    expect(requestBatches(sized(100, 200, 300), 1000)).toHaveLength(1);
  });

  test("starts a new batch, in order, only when the next operation would pass the limit", () => {
    const batches = requestBatches(sized(400, 400, 300, 500), 1000);
    expect(batches.map((batch) => batch.map((operation) => operation.index))).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  test("gives an operation larger than the limit a batch of its own", () => {
    expect(requestBatches(sized(10, 5000, 10), 1000).map((batch) => batch.length)).toEqual([
      1, 1, 1,
    ]);
  });

  test("gives no batch for no operations", () => {
    expect(requestBatches([], 1000)).toEqual([]);
  });
});
