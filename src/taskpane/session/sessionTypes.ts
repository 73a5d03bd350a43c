import type { Language, Localized } from "../../core/localized";
import type { Outcome } from "../../core/outcome";
import type { Problem } from "../../core/problem";
import type { RuleProfile } from "../../core/profile/types";
import type { DocumentKind } from "../../documents";
import type { WorkbookContents, WorkbookHost } from "../../hosts/host";
import type { WorkbookAnalysis } from "../../job/analyzeWorkbook";
import type { MappingOverride, WorkbookMapping } from "../../sheets";
import type { DayDate } from "../print/parseDateText";

export type Step = "data" | "rules" | "results" | "print";

/** What the pane is doing or has to say, shown in one live region. */
export type Status =
  | { readonly kind: "idle" }
  | {
      readonly kind: "working";
      readonly message: Localized;
      /** 0…1. */
      readonly progress: number;
      /** True until the single write starts. */
      readonly cancellable: boolean;
    }
  | { readonly kind: "error"; readonly message: Localized; readonly offerRefresh?: boolean }
  | { readonly kind: "info"; readonly message: Localized }
  | { readonly kind: "success"; readonly message: Localized };

/** The header and signature fields the user types on the Print step. */
export type MetaField = "agency" | "place" | "number" | "signerName" | "signerTitle";

export interface PrintForm {
  readonly kinds: readonly DocumentKind[];
  /** What the user typed; a field never touched shows the workbook's or the data's default. */
  readonly fields: Readonly<Partial<Record<MetaField, string>>>;
  readonly dateText: string;
}

export interface Download {
  readonly url: string;
  readonly fileName: string;
}

/** What the last generation wrote. */
export interface Generation {
  readonly sheets: readonly string[];
  readonly warnings: readonly Localized[];
  readonly download: Download | null;
}

export interface SessionState {
  /** Excel's host, or the host over a file opened in the browser; null before one is opened. */
  readonly host: WorkbookHost | null;
  /** The file's name, outside Excel. */
  readonly fileName: string | null;
  readonly contents: WorkbookContents | null;
  readonly analysis: WorkbookAnalysis | null;
  /** The mapping as the user corrected it, not yet saved; null uses the workbook's or the proposed one. */
  readonly mapping: WorkbookMapping | null;
  /** The profile the user chose or edited, not yet saved; null uses the workbook's or the default. */
  readonly profile: RuleProfile | null;
  readonly language: Language;
  readonly step: Step;
  readonly status: Status;
  readonly print: PrintForm;
  /** Generated sheets someone edited, that generating would replace: waiting for the user's answer. */
  readonly confirmReplace: readonly string[] | null;
  readonly generation: Generation | null;
}

/** An `.xlsx` opened in the browser: a host over it that also gives the result back as bytes. */
export interface FileHost extends WorkbookHost {
  toBuffer(): Promise<Uint8Array>;
}

/** What the pane needs from its surroundings; each has a browser default (see `browserServices`). */
export interface SessionServices {
  readonly today: () => DayDate;
  /** The bundled sample workbook's bytes. */
  readonly fetchSample: () => Promise<Uint8Array>;
  /** Opens `.xlsx` bytes as a host (loads exceljs on first use). */
  readonly openWorkbook: (bytes: Uint8Array) => Promise<Outcome<FileHost>>;
  /** A URL the user can download the bytes from, and its release. */
  readonly createDownloadUrl: (bytes: Uint8Array) => string;
  readonly releaseDownloadUrl: (url: string) => void;
}

export interface SessionActions {
  /** Opens a file the user chose (outside Excel). */
  openFile(file: File): Promise<void>;
  openSample(): Promise<void>;
  refresh(): Promise<void>;
  overrideMapping(override: MappingOverride): void;
  chooseProfile(profile: RuleProfile): void;
  /** Stores the profile and the mapping in the workbook (one write). */
  saveConfiguration(): Promise<void>;
  setLanguage(language: Language): void;
  setStep(step: Step): void;
  selectProblem(problem: Problem): Promise<void>;
  updatePrint(change: Partial<PrintForm>): void;
  generate(): Promise<void>;
  answerReplace(replace: boolean): Promise<void>;
  cancel(): void;
}
