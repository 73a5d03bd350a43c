import type {
  DocumentKind,
  PageSetup,
  SheetSpec,
  SpecCell,
  SpecRange,
} from "../../documents/sheetSpec";

/** What the package writer puts in one worksheet: a document, or the configuration sheet. */
export interface WorksheetContent {
  readonly name: string;
  /** Rows from the top (row 1); a null cell is left empty. */
  readonly rows: readonly (readonly (SpecCell | null)[])[];
  readonly merges: readonly SpecRange[];
  /** In characters, from column A. */
  readonly columnWidths: readonly number[];
  /** In points, by 1-based row number. */
  readonly rowHeights: Readonly<Record<number, number>>;
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
