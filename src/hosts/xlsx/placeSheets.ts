import { sheetNameKey } from "../shared/sheetNameKey";
import { CONTENT_TYPES } from "./contentTypes";
import { PackageError } from "./packageError";
import { resolveTarget, targetOf } from "./partPaths";
import { RELATIONSHIP_TYPES, type Relationship } from "./relationships";
import type { WorkbookSheet } from "./workbookPart";
import type { WorksheetContent } from "./worksheetContent";

/** Where one sheet of a write goes. */
export interface Placement {
  readonly content: WorksheetContent;
  /** The sheet's 0-based tab position. */
  readonly position: number;
  /** Its worksheet part (a zip entry name). */
  readonly part: string;
  /** True when it rewrites a sheet already there. */
  readonly replaces: boolean;
}

/** The sheets of a write placed in a workbook, and what the workbook gains for the new ones. */
export interface SheetPlan {
  readonly placements: readonly Placement[];
  readonly newSheets: readonly WorkbookSheet[];
  /** Relationships from the workbook part to the new worksheet parts. */
  readonly newRelationships: readonly Relationship[];
  /** Relationship ids already given out, for whatever else the write adds. */
  readonly takenIds: Set<string>;
}

/**
 * Places each content: over the sheet of the same name (as Excel compares names), in its tab
 * position and part; or after the existing sheets, in order, each in a new part
 * (`xl/worksheets/sheetN.xml`, the first N free) with a new relationship id and sheet id.
 */
export function placeSheets(
  contents: readonly WorksheetContent[],
  workbookPath: string,
  sheets: readonly WorkbookSheet[],
  relationships: readonly Relationship[],
  partExists: (path: string) => boolean
): SheetPlan {
  const partOf = new Map(
    relationships
      .filter((relationship) => !relationship.external)
      .map((relationship) => [relationship.id, resolveTarget(workbookPath, relationship.target)])
  );
  const positionOf = new Map(sheets.map((sheet, index) => [sheetNameKey(sheet.name), index]));
  const takenIds = new Set(relationships.map((relationship) => relationship.id));
  const takenParts = new Set<string>();
  let nextSheetId =
    Math.max(0, ...sheets.map((sheet) => sheet.sheetId).filter(Number.isFinite)) + 1;
  let nextPart = sheets.length + 1;

  const newSheets: WorkbookSheet[] = [];
  const newRelationships: Relationship[] = [];
  const placements = contents.map((content): Placement => {
    const position = positionOf.get(sheetNameKey(content.name));
    if (position !== undefined) {
      const part = partOf.get(sheets[position]!.relationshipId);
      if (part === undefined) throw new PackageError(`The sheet ${content.name} has no part.`);
      return { content, position, part, replaces: true };
    }
    while (partExists(partPath(nextPart)) || takenParts.has(partPath(nextPart))) nextPart++;
    const part = partPath(nextPart);
    takenParts.add(part);
    const relationshipId = freeRelationshipId(takenIds);
    newRelationships.push({
      id: relationshipId,
      type: RELATIONSHIP_TYPES.worksheet,
      target: targetOf(workbookPath, part),
      external: false,
    });
    newSheets.push({ name: content.name, sheetId: nextSheetId++, relationshipId });
    return { content, position: sheets.length + newSheets.length - 1, part, replaces: false };
  });
  return { placements, newSheets, newRelationships, takenIds };
}

function partPath(number: number): string {
  return `xl/worksheets/sheet${number}.xml`;
}

/** The first "rIdN" not in `taken`, which it then joins. */
export function freeRelationshipId(taken: Set<string>): string {
  let number = taken.size + 1;
  while (taken.has(`rId${number}`)) number++;
  taken.add(`rId${number}`);
  return `rId${number}`;
}

/** The content type of every new part of `plan`. */
export function newWorksheetParts(plan: SheetPlan): Map<string, string> {
  return new Map(
    plan.placements
      .filter((placement) => !placement.replaces)
      .map((placement) => [placement.part, CONTENT_TYPES.worksheet])
  );
}
