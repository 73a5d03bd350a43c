import {
  addinSheetMarkName,
  addinSheetMarkReference,
  isAddinSheetMarkName,
  sheetOfReference,
} from "../shared/addinSheetMark";
import { sheetNameKey } from "../shared/sheetNameKey";
import type { Placement } from "./placeSheets";
import type { DefinedName } from "./workbookPart";

/** Defined names Excel keeps per sheet for its print layout. */
const PRINT_TITLES = "_xlnm.Print_Titles";
const PRINT_AREA = "_xlnm.Print_Area";

function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * The defined names a write changes: a rewritten sheet loses its print titles, print area and
 * add-in mark; each document gets its print titles (by tab position) and a mark named after its
 * kind and year, numbered past the names already taken (as Excel compares them, without regard
 * to case).
 */
export function sheetDefinedNames(
  placements: readonly Placement[],
  existing: readonly DefinedName[]
): { removeName: (name: DefinedName) => boolean; addNames: DefinedName[] } {
  const rewritten = placements.filter((placement) => placement.replaces);
  const positions = new Set(rewritten.map((placement) => placement.position));
  const names = new Set(rewritten.map((placement) => sheetNameKey(placement.content.name)));
  const removeName = (name: DefinedName): boolean => {
    if (name.localSheetId !== undefined) {
      return (
        positions.has(name.localSheetId) && (name.name === PRINT_TITLES || name.name === PRINT_AREA)
      );
    }
    if (!isAddinSheetMarkName(name.name)) return false;
    const sheet = sheetOfReference(name.text);
    return sheet !== null && names.has(sheetNameKey(sheet));
  };

  const taken = new Set(
    existing.filter((name) => !removeName(name)).map((name) => name.name.toLowerCase())
  );
  const addNames: DefinedName[] = [];
  for (const { content, position } of placements) {
    const titles = content.page?.printTitleRows ?? null;
    if (titles !== null) {
      addNames.push({
        name: PRINT_TITLES,
        localSheetId: position,
        text: `${quotedSheet(content.name)}!$${titles.first}:$${titles.last}`,
      });
    }
    const mark = content.mark;
    if (mark === null) continue;
    let index = 1;
    while (taken.has(addinSheetMarkName(mark.kind, mark.year, index).toLowerCase())) index++;
    const name = addinSheetMarkName(mark.kind, mark.year, index);
    taken.add(name.toLowerCase());
    addNames.push({ name, text: addinSheetMarkReference(content.name) });
  }
  return { removeName, addNames };
}
