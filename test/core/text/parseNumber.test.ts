import fc from "fast-check";
import type { Outcome } from "../../../src/core/outcome";
import { parseNumber } from "../../../src/core/text/parseNumber";

function valueOf(outcome: Outcome<number>): number | undefined {
  return outcome.ok ? outcome.value : undefined;
}

describe("parseNumber", () => {
  it("passes finite numbers through", () => {
    expect(parseNumber(95.5)).toEqual({ ok: true, value: 95.5 });
    expect(parseNumber(-3)).toEqual({ ok: true, value: -3 });
    expect(parseNumber(0)).toEqual({ ok: true, value: 0 });
  });

  it.each([NaN, Infinity, -Infinity])("refuses the number %p", (value) => {
    const outcome = parseNumber(value);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.vi).toContain(String(value));
      expect(outcome.error.en).toContain(String(value));
    }
  });

  it.each([
    ["95,5", 95.5],
    ["1.000", 1000],
    ["12.500", 12500],
    ["1.000.000", 1000000],
    ["1.000,5", 1000.5],
    ["1.234.567,89", 1234567.89],
    ["1,000.5", 1000.5],
    ["1,000,000", 1000000],
    ["1,234,567.89", 1234567.89],
    ["12.5", 12.5],
    ["0.125", 0.125],
    ["1234.567", 1234.567],
    ["0,5", 0.5],
    [",5", 0.5],
    [".5", 0.5],
    ["-3", -3],
    ["+2", 2],
    ["\u22124", -4],
    [" 7 ", 7],
    ["\u00A0 985,5\u00A0", 985.5],
    ["1 000", 1000],
    ["1\u00A0000", 1000],
    ["1\u202F000 000,25", 1000000.25],
    ["12 500.5", 12500.5],
    ["007", 7],
    ["-0", 0],
  ])("reads %p as %p", (text, expected) => {
    expect(parseNumber(text)).toEqual({ ok: true, value: expected });
  });

  it("reads a single comma as the Vietnamese decimal comma, even before three digits", () => {
    expect(valueOf(parseNumber("1,000"))).toBe(1);
    expect(valueOf(parseNumber("95,250"))).toBe(95.25);
  });

  it.each([
    ["85%", 0.85],
    ["85 %", 0.85],
    ["95,5%", 0.955],
    ["-10%", -0.1],
    ["100%", 1],
  ])("reads the percentage %p as the fraction %p", (text, expected) => {
    const value = valueOf(parseNumber(text));
    expect(value).toBeCloseTo(expected, 12);
  });

  it.each([
    "abc",
    "1,2,3,4x",
    "1,2,3",
    "1.00.0",
    "1.000.00",
    "1.000,000,5",
    "12 34",
    "1  000",
    "1e3",
    "0x10",
    "--3",
    "+-3",
    "- 3",
    "3-",
    "%",
    "1.",
    "1,",
    ",",
    ".",
    "+",
    "NaN",
    "Infinity",
    "95,5 điểm",
    "１２",
  ])("refuses the text %p with a message naming it", (text) => {
    const outcome = parseNumber(text);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.vi).toBe(`“${text}” không phải là số.`);
      expect(outcome.error.en).toBe(`“${text}” is not a number.`);
    }
  });

  it("shortens a long text in the message", () => {
    const outcome = parseNumber("x".repeat(100));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.en).toBe(`“${"x".repeat(40)}…” is not a number.`);
  });

  it.each(["", "   ", "\u00A0\t", null, undefined])("refuses the empty value %p", (value) => {
    expect(parseNumber(value)).toEqual({
      ok: false,
      error: { vi: "Ô trống, không có số.", en: "The cell is empty: there is no number." },
    });
  });

  it.each([
    [true, "TRUE"],
    [false, "FALSE"],
  ])("refuses the logical value %p", (value, shown) => {
    expect(parseNumber(value)).toEqual({
      ok: false,
      error: {
        vi: `Giá trị đúng/sai ${shown} không phải là số.`,
        en: `The logical value ${shown} is not a number.`,
      },
    });
  });

  it("refuses a text too long to be a finite number", () => {
    expect(parseNumber("9".repeat(400)).ok).toBe(false);
  });

  it("reads back any number written the Vietnamese way", () => {
    const format = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 99 }),
        (whole, cents) => {
          const number = whole + Math.sign(whole || 1) * (cents / 100);
          expect(valueOf(parseNumber(format.format(number)))).toBeCloseTo(number, 6);
        }
      )
    );
  });

  it("reads back any number written the English way with a decimal point", () => {
    const format = new Intl.NumberFormat("en-US", {
      minimumFractionDigits: 1,
      maximumFractionDigits: 2,
    });
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (number) => {
        const text = format.format(number);
        expect(valueOf(parseNumber(text))).toBe(Number(text.replace(/,/g, "")) + 0);
      })
    );
  });

  it("never throws, whatever it is given", () => {
    const anything = fc.oneof(
      fc.string(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined)
    );
    fc.assert(
      fc.property(anything, (value) => {
        const outcome = parseNumber(value);
        if (outcome.ok) expect(Number.isFinite(outcome.value)).toBe(true);
        else expect(outcome.error.vi.length).toBeGreaterThan(0);
      })
    );
  });
});
