import type { CellStyle, SheetSpec } from "../../documents/sheetSpec";

type StyleValue = string | number | boolean;

/** A block of cells sharing one value of one style property, 1-based and inclusive. */
export interface StyledRectangle {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly value: StyleValue;
}

/** Each cell's style, a cell covered by a merged area taking its area's top-left cell's style. */
function stylesByCell(spec: SheetSpec, width: number): (CellStyle | undefined)[][] {
  const styles = spec.rows.map((row) =>
    Array.from({ length: width }, (_, c) => row[c]?.style ?? undefined)
  );
  for (const merge of spec.merges) {
    const style = spec.rows[merge.top - 1]?.[merge.left - 1]?.style;
    for (let r = merge.top; r <= merge.bottom; r += 1) {
      for (let c = merge.left; c <= merge.right; c += 1) {
        const row = styles[r - 1];
        if (row !== undefined && c <= width && row[c - 1] === undefined) row[c - 1] = style;
      }
    }
  }
  return styles;
}

/**
 * The cells for which `valueOf` gives a value, as few rectangles of one value as a simple
 * sweep finds: runs of equal value along each row, stacked while the row below has the same
 * run. Taking one property at a time, a whole table's borders or a column's alignment become
 * one rectangle, so the request to Excel stays small whatever the number of units. A cell covered
 * by a merged area counts with its area's style.
 */
export function styleRectangles(
  spec: SheetSpec,
  width: number,
  valueOf: (style: CellStyle) => StyleValue | undefined
): StyledRectangle[] {
  const done: StyledRectangle[] = [];
  let open = new Map<string, StyledRectangle>();
  stylesByCell(spec, width).forEach((styles, r) => {
    const next = new Map<string, StyledRectangle>();
    const values = styles.map((style) => (style === undefined ? undefined : valueOf(style)));
    let start = 0;
    while (start < width) {
      const value = values[start];
      let end = start;
      while (end + 1 < width && values[end + 1] === value) end += 1;
      if (value !== undefined) {
        const id = `${start}:${end}:${typeof value}:${String(value)}`;
        const above = open.get(id);
        next.set(
          id,
          above !== undefined
            ? { ...above, bottom: r + 1 }
            : { top: r + 1, left: start + 1, bottom: r + 1, right: end + 1, value }
        );
        open.delete(id);
      }
      start = end + 1;
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}
