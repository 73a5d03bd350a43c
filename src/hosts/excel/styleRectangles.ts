import type { CellStyle, SheetSpec } from "../../documents/sheetSpec";

/** A block of cells with one style, 1-based and inclusive. */
export interface StyledRectangle {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly style: CellStyle;
}

/**
 * The spec's styled cells as few rectangles as a simple sweep finds: runs of equal style along
 * each row, stacked while the row below has the same run. A table column becomes one rectangle,
 * so the request to Excel stays small whatever the number of units.
 */
export function styleRectangles(spec: SheetSpec, width: number): StyledRectangle[] {
  const done: StyledRectangle[] = [];
  let open = new Map<string, StyledRectangle>();
  spec.rows.forEach((row, r) => {
    const next = new Map<string, StyledRectangle>();
    let start = 0;
    while (start < width) {
      const style = row[start]?.style;
      const key = style ? JSON.stringify(style) : "";
      let end = start;
      while (
        end + 1 < width &&
        (row[end + 1]?.style ? JSON.stringify(row[end + 1]!.style) : "") === key
      )
        end++;
      if (style) {
        const id = `${start}:${end}:${key}`;
        const above = open.get(id);
        next.set(
          id,
          above
            ? { ...above, bottom: r + 1 }
            : { top: r + 1, left: start + 1, bottom: r + 1, right: end + 1, style }
        );
        open.delete(id);
      }
      start = end + 1;
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done;
}
