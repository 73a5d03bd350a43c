import type { SheetSpec } from "../documents";
import type { WorkbookContents } from "../hosts/host";
import type { WorkbookConfiguration } from "./configuration";
import { fingerprintGrid, fingerprintSpec } from "./sheetFingerprint";

export interface GenerationPlan {
  /** Sheets the add-in made earlier that the new ones replace. */
  readonly replaced: readonly string[];
  /** Of those, the ones someone changed since they were generated: ask before replacing. */
  readonly edited: readonly string[];
  /** Names the secretariat already uses for its own sheets: never written over. */
  readonly clashes: readonly string[];
  /** The configuration to store after writing, with the new sheets' fingerprints. */
  readonly configuration: WorkbookConfiguration;
}

/** Excel compares sheet names without regard to case. */
function sheetKey(name: string): string {
  return name.toLocaleLowerCase("vi");
}

/** Decides, before anything is written, what generating `specs` would replace and what it must not touch. */
export function planGeneration(
  specs: readonly SheetSpec[],
  contents: WorkbookContents,
  configuration: WorkbookConfiguration
): GenerationPlan {
  const addin = new Map(contents.addinSheets.map((grid) => [sheetKey(grid.sheetName), grid]));
  const stored = new Map(
    Object.entries(configuration.generated).map(([name, print]) => [sheetKey(name), print])
  );
  const existing = new Set(contents.sheetNames.map(sheetKey));
  const replaced: string[] = [];
  const edited: string[] = [];
  const clashes: string[] = [];
  for (const spec of specs) {
    const key = sheetKey(spec.name);
    const grid = addin.get(key);
    if (grid) {
      replaced.push(grid.sheetName);
      const print = stored.get(key);
      if (print !== undefined && print !== fingerprintGrid(grid)) edited.push(grid.sheetName);
    } else if (existing.has(key)) {
      clashes.push(spec.name);
    }
  }
  const written = new Set(specs.map((spec) => sheetKey(spec.name)));
  const generated: Record<string, string> = {};
  for (const [name, print] of Object.entries(configuration.generated)) {
    if (!written.has(sheetKey(name))) generated[name] = print;
  }
  for (const spec of specs) generated[spec.name] = fingerprintSpec(spec);
  return { replaced, edited, clashes, configuration: { ...configuration, generated } };
}
