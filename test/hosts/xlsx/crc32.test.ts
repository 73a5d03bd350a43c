import { crc32 } from "../../../src/hosts/xlsx/crc32";

describe("crc32", () => {
  it("gives the standard check value of '123456789'", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });

  it("gives 0 for no bytes", () => {
    expect(crc32(new Uint8Array())).toBe(0);
  });
});
