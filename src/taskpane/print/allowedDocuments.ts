import { DOCUMENT_KINDS, type DocumentKind } from "../../documents";
import type { WorkbookAnalysis } from "../../job/analyzeWorkbook";

/** The documents that can be generated: only the data check while problems block the result. */
export function allowedDocuments(analysis: WorkbookAnalysis): readonly DocumentKind[] {
  return analysis.blocked ? ["dataCheck"] : DOCUMENT_KINDS;
}
