/**
 * A printable sheet as pure data: what a host writes into a new worksheet. Built by
 * `src/documents/`, written by `src/hosts/` — nothing here knows Excel.
 */
export interface SheetSpec {
  /** At most 31 characters, none of : \ / ? * [ ]. */
  readonly name: string;
  /** What the sheet holds, stored so regeneration can recognise the add-in's own sheets. */
  readonly kind: DocumentKind;
  readonly year: number;
  /** Rows from the top (row 1). A null cell is left empty. */
  readonly rows: readonly (readonly (SpecCell | null)[])[];
  readonly merges: readonly SpecRange[];
  /** Column widths in characters, from column A. */
  readonly columnWidths: readonly number[];
  /** Row heights in points, by 1-based row number, where not automatic. */
  readonly rowHeights: Readonly<Record<number, number>>;
  readonly page: PageSetup;
}

export type DocumentKind =
  "dataCheck" | "scoreSummary" | "ballotResults" | "nominationList" | "leaderProposal";

export interface SpecCell {
  /** Text is always written as text, never parsed as a formula, whatever its first character. */
  readonly value: string | number | boolean;
  readonly style?: CellStyle;
}

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** Points; Times New Roman throughout (Decree 30/2020). */
  readonly fontSize?: number;
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "middle" | "bottom";
  readonly wrap?: boolean;
  readonly border?: boolean;
  /** Excel number format, e.g. "0.0" or "0%". */
  readonly numberFormat?: string;
}

/** A rectangle of cells, 1-based rows and columns, inclusive. */
export interface SpecRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface PageSetup {
  readonly paperSize: "A4";
  readonly orientation: "portrait" | "landscape";
  /** Millimetres (Decree 30/2020: top/bottom 20–25, left 30–35, right 15–20). */
  readonly marginsMm: {
    readonly top: number;
    readonly bottom: number;
    readonly left: number;
    readonly right: number;
  };
  /** Rows repeated at the top of every printed page (the table header), 1-based inclusive. */
  readonly printTitleRows: { readonly first: number; readonly last: number } | null;
  readonly fitToPageWidth: boolean;
  /** Footer text; "&P" is the page number, "&N" the page count (Excel's codes). */
  readonly footer: string;
  readonly fontName: "Times New Roman";
}
