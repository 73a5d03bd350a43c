import { evaluateBloc } from "../core/evaluateBloc";
import type { BlocInput } from "../core/model";
import { hasBlockingProblem, type Problem } from "../core/problem";
import { NATIONAL_2025_PROFILE } from "../core/profile";
import type { RuleProfile } from "../core/profile/types";
import type { BlocResult } from "../core/result";
import { proposeMapping, readBlocs, type Grid, type WorkbookMapping } from "../sheets";
import { parseConfiguration, type WorkbookConfiguration } from "./configuration";

/** What the job reads from a workbook in one batch. */
export interface WorkbookSnapshot {
  /** The secretariat's own sheets (not the add-in's outputs, not its configuration sheet). */
  readonly grids: readonly Grid[];
  readonly configurationJson: string | null;
}

export interface AnalyzeOptions {
  /** Overrides the workbook's stored profile. */
  readonly profile?: RuleProfile;
  /** Overrides the year found in the sheets. */
  readonly year?: number;
  /** Overrides the stored mapping (the user corrected a column in the pane). */
  readonly mapping?: WorkbookMapping;
  /** Today, for the year when neither the options nor the workbook give one. */
  readonly today: { readonly year: number; readonly month: number; readonly day: number };
}

export type ProfileSource = "option" | "workbook" | "preset";

export interface BlocAnalysis {
  readonly input: BlocInput;
  readonly result: BlocResult;
}

export interface WorkbookAnalysis {
  readonly profile: RuleProfile;
  readonly profileSource: ProfileSource;
  readonly mapping: WorkbookMapping;
  readonly configuration: WorkbookConfiguration;
  readonly year: number;
  readonly blocs: readonly BlocAnalysis[];
  /** Everything found: configuration, sheets, and each bloc's engine problems. */
  readonly problems: readonly Problem[];
  /** True when a problem means no decision should be taken from this analysis. */
  readonly blocked: boolean;
}

/**
 * The whole check from a workbook snapshot: which profile and mapping apply, the tables read into
 * the engine's input, and every bloc evaluated. Pure: the same snapshot gives the same analysis.
 */
export function analyzeWorkbook(
  snapshot: WorkbookSnapshot,
  options: AnalyzeOptions
): WorkbookAnalysis {
  const stored = parseConfiguration(snapshot.configurationJson);
  const configuration = stored.configuration;
  const profileSource: ProfileSource = options.profile
    ? "option"
    : configuration.profile
      ? "workbook"
      : "preset";
  const profile = options.profile ?? configuration.profile ?? NATIONAL_2025_PROFILE;
  const mapping =
    options.mapping ??
    usableMapping(configuration.mapping, snapshot.grids) ??
    proposeMapping(snapshot.grids);
  const read = readBlocs(snapshot.grids, mapping, {
    profile,
    year: options.year ?? null,
    aliases: configuration.aliases,
  });
  const year = options.year ?? read.year ?? options.today.year;
  const blocs = read.blocs.map((bloc) => {
    const input = { ...bloc, year };
    return { input, result: evaluateBloc(input, profile) };
  });
  const problems = [
    ...stored.problems,
    ...read.problems,
    ...blocs.flatMap((bloc) => bloc.result.problems),
  ];
  return {
    profile,
    profileSource,
    mapping,
    configuration,
    year,
    blocs,
    problems,
    blocked: blocs.length === 0 || hasBlockingProblem(problems),
  };
}

/** A stored mapping is used only while every sheet it names still exists. */
function usableMapping(
  mapping: WorkbookMapping | null,
  grids: readonly Grid[]
): WorkbookMapping | null {
  if (mapping === null || mapping.tables.length === 0) return null;
  const names = new Set(grids.map((grid) => grid.sheetName));
  return mapping.tables.every((table) => names.has(table.sheetName)) ? mapping : null;
}
