import type { Language } from "../core/localized";
import {
  buildDocuments,
  DOCUMENT_KINDS,
  type DocumentKind,
  type DocumentMeta,
  type SheetSpec,
} from "../documents";
import type { WorkbookAnalysis } from "./analyzeWorkbook";
import { documentMetaFor } from "./documentMetaFor";

export interface GenerateOptions {
  readonly today: { readonly year: number; readonly month: number; readonly day: number };
  readonly language: Language;
  /** The documents wanted; all when absent. */
  readonly kinds?: readonly DocumentKind[];
  /** What the user typed for the header and signature. */
  readonly meta?: Partial<DocumentMeta>;
}

/**
 * The printable sheets for an analysis. When the data has blocking problems only the data check
 * is produced: nothing is proposed from data that is wrong. With several blocs there is one data
 * check for the workbook, and each bloc's other sheets carry its number so names stay unique.
 */
export function generateSheets(analysis: WorkbookAnalysis, options: GenerateOptions): SheetSpec[] {
  const first = analysis.blocs[0];
  if (first === undefined) return [];
  const wanted = new Set<DocumentKind>(
    analysis.blocked ? ["dataCheck"] : (options.kinds ?? DOCUMENT_KINDS)
  );
  const metaOf = (index: number) =>
    documentMetaFor(
      analysis.blocs[index]!.input,
      analysis.configuration.document,
      options.today,
      options.language,
      options.meta
    );
  const several = analysis.blocs.length > 1;
  const dataCheck = wanted.has("dataCheck")
    ? buildDocuments({
        ...first,
        profile: analysis.profile,
        meta: metaOf(0),
        problems: analysis.problems,
        kinds: ["dataCheck"],
      })
    : [];
  const perBloc = DOCUMENT_KINDS.filter((kind) => kind !== "dataCheck" && wanted.has(kind));
  const blocSheets = analysis.blocs.flatMap((bloc, index) =>
    buildDocuments({
      ...bloc,
      profile: analysis.profile,
      meta: metaOf(index),
      problems: bloc.result.problems,
      kinds: perBloc,
    }).map((spec) => (several ? { ...spec, name: numberedName(spec.name, index + 1) } : spec))
  );
  return [...dataCheck, ...blocSheets];
}

/** "Tổng hợp điểm 2025" for bloc 12 → "Tổng hợp điểm 2025 K12", within Excel's 31 characters. */
function numberedName(name: string, blocNumber: number): string {
  const suffix = ` K${blocNumber}`;
  return `${name.slice(0, 31 - suffix.length)}${suffix}`;
}
