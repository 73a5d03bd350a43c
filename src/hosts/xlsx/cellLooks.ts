import type { CellStyle } from "../../documents/sheetSpec";

/** Points, when a cell's style gives none (Decree 30/2020 sets 13–14 for body text). */
export const DEFAULT_FONT_SIZE = 13;

/** Everything a written cell's format says: one Excel cell format (`xf`) per distinct look. */
export interface CellLook {
  readonly fontName: string;
  readonly fontSize: number;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  readonly horizontal: CellStyle["horizontal"];
  readonly vertical: CellStyle["vertical"];
  readonly wrap: boolean;
  readonly border: boolean;
  /** Excel number format; undefined for General. */
  readonly numberFormat: string | undefined;
}

function lookOf(style: CellStyle | undefined, fontName: string): CellLook {
  return {
    fontName,
    fontSize: style?.fontSize ?? DEFAULT_FONT_SIZE,
    bold: style?.bold === true,
    italic: style?.italic === true,
    underline: style?.underline === true,
    horizontal: style?.horizontal,
    vertical: style?.vertical,
    wrap: style?.wrap === true,
    border: style?.border === true,
    numberFormat: style?.numberFormat,
  };
}

function keyOf(look: CellLook): string {
  return [
    look.fontName,
    look.fontSize,
    look.bold,
    look.italic,
    look.underline,
    look.horizontal ?? "",
    look.vertical ?? "",
    look.wrap,
    look.border,
    look.numberFormat ?? "",
  ].join("|");
}

/**
 * The distinct looks of the cells being written, each numbered once. Documents share their
 * style objects between cells, so most cells are found by the object without building a key.
 */
export class CellLooks {
  private readonly list: CellLook[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly byStyle = new Map<string, WeakMap<CellStyle, number>>();
  private readonly unstyled = new Map<string, number>();

  /** The looks numbered so far, in the order of their numbers. */
  get looks(): readonly CellLook[] {
    return this.list;
  }

  /** The number of the look of a cell with `style` (none: the default size) in `fontName`. */
  numberOf(style: CellStyle | undefined, fontName: string): number {
    if (style === undefined) {
      let known = this.unstyled.get(fontName);
      if (known === undefined) {
        known = this.numberOfLook(lookOf(undefined, fontName));
        this.unstyled.set(fontName, known);
      }
      return known;
    }
    let byStyle = this.byStyle.get(fontName);
    if (byStyle === undefined) {
      byStyle = new WeakMap();
      this.byStyle.set(fontName, byStyle);
    }
    let known = byStyle.get(style);
    if (known === undefined) {
      known = this.numberOfLook(lookOf(style, fontName));
      byStyle.set(style, known);
    }
    return known;
  }

  private numberOfLook(look: CellLook): number {
    const key = keyOf(look);
    let number = this.byKey.get(key);
    if (number === undefined) {
      number = this.list.length;
      this.list.push(look);
      this.byKey.set(key, number);
    }
    return number;
  }
}
