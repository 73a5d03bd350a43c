import type { DocumentKind, PageSetup, SheetSpec } from "../../documents/sheetSpec";

/**
 * What the package writer puts in one worksheet: a document, or the configuration sheet. Its
 * cells, merges, widths and heights are a sheet spec's.
 */
export interface WorksheetContent extends Pick<
  SheetSpec,
  "name" | "rows" | "merges" | "columnWidths" | "rowHeights"
> {
  /** The font of every written cell. */
  readonly fontName: string;
  /** The print layout; null for a sheet that is not printed. */
  readonly page: PageSetup | null;
  /** How the add-in recognises the sheet as one of its documents; null for the configuration. */
  readonly mark: { readonly kind: DocumentKind; readonly year: number } | null;
}

/** A document's sheet spec as worksheet content, marked as the add-in's. */
export function documentContent(spec: SheetSpec): WorksheetContent {
  return {
    name: spec.name,
    rows: spec.rows,
    merges: spec.merges,
    columnWidths: spec.columnWidths,
    rowHeights: spec.rowHeights,
    fontName: spec.page.fontName,
    page: spec.page,
    mark: { kind: spec.kind, year: spec.year },
  };
}
