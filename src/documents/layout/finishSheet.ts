import type { Language } from "../../core/localized";
import type { DocumentKind, SheetSpec } from "../sheetSpec";
import { documentSheetName } from "../sheetName";
import { documentPageSetup } from "./documentPageSetup";
import { estimateRowHeights } from "./estimateRowHeights";
import type { SheetDraft } from "./sheetDraft";

export interface FinishArgs {
  readonly kind: DocumentKind;
  /** The review year (the leader proposal's sheet name names the year after it). */
  readonly year: number;
  readonly language: Language;
  /** The table header row repeated on every printed page, or null. */
  readonly headerRow: number | null;
}

/** Turns a finished draft into a sheet spec: name, page layout and row heights. */
export function finishSheet(draft: SheetDraft, args: FinishArgs): SheetSpec {
  return {
    name: documentSheetName(args.kind, args.year, args.language),
    kind: args.kind,
    year: args.year,
    rows: draft.rows,
    merges: draft.merges,
    columnWidths: draft.columnWidths,
    rowHeights: estimateRowHeights(draft.rows, draft.merges, draft.columnWidths),
    page: documentPageSetup(args.language, args.headerRow),
  };
}
