import type { Language } from "../../core/localized";
import type { DocumentKind, DocumentMeta, SheetSpec } from "../../documents";
import type { WorkbookContents } from "../../hosts/host";
import { analyzeWorkbook, type WorkbookAnalysis } from "../../job/analyzeWorkbook";
import { serializeConfiguration, type DocumentDefaults } from "../../job/configuration";
import { generateSheets } from "../../job/generateSheets";
import { planGeneration, type GenerationPlan } from "../../job/planGeneration";
import type { DayDate } from "../print/parseDateText";
import { gridsFingerprint } from "./gridsFingerprint";

export interface GenerationRequest {
  readonly today: DayDate;
  readonly language: Language;
  readonly kinds: readonly DocumentKind[];
  readonly meta: Partial<DocumentMeta>;
  /** What the user typed that the workbook should remember for next time. */
  readonly remember: DocumentDefaults;
}

export type PreparedGeneration =
  /** A co-author changed a source sheet since the pane read it: generate nothing. */
  | { readonly kind: "changed" }
  /** The secretariat's own sheets use these names: never written over. */
  | { readonly kind: "clashes"; readonly names: readonly string[] }
  | {
      readonly kind: "ready";
      readonly specs: readonly SheetSpec[];
      readonly plan: GenerationPlan;
      /** The configuration to store after the sheets (profile, mapping, defaults, fingerprints). */
      readonly configurationJson: string;
      readonly contents: WorkbookContents;
    };

/**
 * Everything generation decides before writing, from a fresh read of the workbook: that the
 * source sheets are still those the user saw, the sheets (from the same profile, mapping and
 * year as shown), and what writing them would replace. Pure: nothing is written here.
 */
export function prepareGeneration(
  fresh: WorkbookContents,
  shown: { readonly contents: WorkbookContents; readonly analysis: WorkbookAnalysis },
  request: GenerationRequest
): PreparedGeneration {
  if (gridsFingerprint(fresh) !== gridsFingerprint(shown.contents)) return { kind: "changed" };
  const analysis = analyzeWorkbook(fresh, {
    profile: shown.analysis.profile,
    mapping: shown.analysis.mapping,
    year: shown.analysis.year,
    today: request.today,
  });
  const specs = generateSheets(analysis, {
    today: request.today,
    language: request.language,
    kinds: request.kinds,
    meta: request.meta,
  });
  const plan = planGeneration(specs, fresh, {
    ...analysis.configuration,
    profile: analysis.profile,
    mapping: analysis.mapping,
    document: { ...analysis.configuration.document, ...request.remember },
  });
  if (plan.clashes.length > 0) return { kind: "clashes", names: plan.clashes };
  return {
    kind: "ready",
    specs,
    plan,
    configurationJson: serializeConfiguration(plan.configuration),
    contents: fresh,
  };
}
