import type { Language, Localized } from "../../core/localized";
import type { Problem } from "../../core/problem";
import type { RuleProfile } from "../../core/profile/types";
import type { DocumentKind, DocumentMeta } from "../../documents";
import type { WorkbookContents, WorkbookHost } from "../../hosts/host";
import type { WorkbookAnalysis } from "../../job/analyzeWorkbook";

export type Step = "data" | "rules" | "results" | "print";

/** What the pane is doing, shown in one live region. */
export type Status =
  | { readonly kind: "idle" }
  | { readonly kind: "working"; readonly message: Localized; readonly cancellable: boolean }
  | { readonly kind: "error"; readonly message: Localized }
  | { readonly kind: "info"; readonly message: Localized };

export interface SessionState {
  readonly host: WorkbookHost | null;
  readonly fileName: string | null;
  readonly contents: WorkbookContents | null;
  readonly analysis: WorkbookAnalysis | null;
  /** A profile the user chose in the pane; null keeps the workbook's (or the default preset). */
  readonly profile: RuleProfile | null;
  readonly language: Language;
  readonly step: Step;
  readonly status: Status;
  /** Sheets that someone edited and that generating again would replace: awaiting the user's word. */
  readonly confirmReplace: readonly string[] | null;
  readonly generatedSheets: readonly string[];
  readonly download: { readonly url: string; readonly fileName: string } | null;
}

export interface GenerateRequest {
  readonly kinds: readonly DocumentKind[];
  readonly meta: Partial<DocumentMeta>;
}

export interface SessionActions {
  openFile(bytes: Uint8Array, fileName: string): Promise<void>;
  openSample(): Promise<void>;
  refresh(): Promise<void>;
  chooseProfile(profile: RuleProfile): void;
  saveProfile(): Promise<void>;
  setLanguage(language: Language): void;
  setStep(step: Step): void;
  selectProblem(problem: Problem): Promise<void>;
  generate(request: GenerateRequest): Promise<void>;
  confirmReplace(accept: boolean): Promise<void>;
  cancel(): void;
}
