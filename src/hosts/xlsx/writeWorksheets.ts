import {
  addinSheetMarkName,
  addinSheetMarkReference,
  isAddinSheetMarkName,
  sheetOfReference,
} from "../shared/addinSheetMark";
import { sheetNameKey } from "../shared/sheetNameKey";
import { CellLooks } from "./cellLooks";
import { CONTENT_TYPES, CONTENT_TYPES_PART, editContentTypes } from "./contentTypes";
import { OfficePackage } from "./officePackage";
import { PackageError } from "./packageError";
import { relationshipsPathOf, resolveTarget, targetOf } from "./partPaths";
import {
  isRelationshipType,
  readRelationships,
  RELATIONSHIP_TYPES,
  withoutRelationships,
  withRelationships,
  type Relationship,
} from "./relationships";
import { addCellLooks, nextCellFormat } from "./stylesheetPatch";
import { definedNames, editWorkbook, workbookSheets, type DefinedName } from "./workbookPart";
import type { WorksheetContent } from "./worksheetContent";
import { worksheetXml } from "./worksheetXml";

/** Defined names Excel keeps per sheet for its print layout. */
const PRINT_TITLES = "_xlnm.Print_Titles";
const PRINT_AREA = "_xlnm.Print_Area";

function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Where a sheet of the write goes: over an existing sheet (by tab position) or after them. */
interface Placement {
  readonly content: WorksheetContent;
  /** The sheet's 0-based tab position. */
  readonly position: number;
  readonly part: string;
  readonly replaces: boolean;
}

/**
 * Writes each content into an `.xlsx` package as a worksheet and returns the new package. A
 * sheet of the same name (as Excel compares names) is rewritten in place, keeping its tab
 * position; the others are added after the existing sheets, in order. Every other part of the
 * package (the user's sheets, charts, pivot tables, names, shared strings) is copied as it was,
 * its compressed bytes untouched. Cell formats are added to the workbook's stylesheet after its
 * own; text is written as inline strings, never as formulas. Each document gets the add-in's mark
 * (a defined name) and its print titles; a rewritten sheet loses its old ones, and its own
 * relationships (a drawing someone added to a generated sheet). Throws a `PackageError` for a
 * package whose parts cannot be understood.
 */
export async function writeWorksheets(
  bytes: Uint8Array,
  contents: readonly WorksheetContent[]
): Promise<Uint8Array> {
  const zip = OfficePackage.read(bytes);
  const rootRelationships = readRelationships((await zip.text("_rels/.rels")) ?? "");
  const document = rootRelationships.find((relationship) =>
    isRelationshipType(relationship.type, "officeDocument")
  );
  if (document === undefined) throw new PackageError("The package names no workbook part.");
  const workbookPath = resolveTarget("", document.target);
  const workbookXml = await zip.text(workbookPath);
  if (workbookXml === null) throw new PackageError(`The workbook part ${workbookPath} is missing.`);
  const relationshipsPath = relationshipsPathOf(workbookPath);
  const relationshipsXml = await zip.text(relationshipsPath);
  const relationships = readRelationships(relationshipsXml ?? "");
  const contentTypesXml = await zip.text(CONTENT_TYPES_PART);
  if (contentTypesXml === null) throw new PackageError("The package has no content types part.");

  const sheets = workbookSheets(workbookXml);
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
  const freeId = (): string => {
    let number = takenIds.size + 1;
    while (takenIds.has(`rId${number}`)) number++;
    takenIds.add(`rId${number}`);
    return `rId${number}`;
  };
  const freePart = (): string => {
    let number = sheets.length + 1;
    const taken = (path: string) => zip.has(path) || takenParts.has(path);
    while (taken(`xl/worksheets/sheet${number}.xml`)) number++;
    takenParts.add(`xl/worksheets/sheet${number}.xml`);
    return `xl/worksheets/sheet${number}.xml`;
  };

  const added: Relationship[] = [];
  const newSheets: { name: string; sheetId: number; relationshipId: string }[] = [];
  const newParts = new Map<string, string>();
  const placements: Placement[] = contents.map((content) => {
    const position = positionOf.get(sheetNameKey(content.name));
    const existingPart =
      position === undefined ? undefined : partOf.get(sheets[position]!.relationshipId);
    if (position !== undefined && existingPart !== undefined) {
      return { content, position, part: existingPart, replaces: true };
    }
    if (position !== undefined) throw new PackageError(`The sheet ${content.name} has no part.`);
    const part = freePart();
    const relationshipId = freeId();
    added.push({
      id: relationshipId,
      type: RELATIONSHIP_TYPES.worksheet,
      target: targetOf(workbookPath, part),
      external: false,
    });
    newSheets.push({ name: content.name, sheetId: nextSheetId++, relationshipId });
    newParts.set(part, CONTENT_TYPES.worksheet);
    return { content, position: sheets.length + newSheets.length - 1, part, replaces: false };
  });

  const stylesRelationship = relationships.find((relationship) =>
    isRelationshipType(relationship.type, "styles")
  );
  const stylesPath =
    stylesRelationship === undefined
      ? "xl/styles.xml"
      : resolveTarget(workbookPath, stylesRelationship.target);
  const stylesXml = await zip.text(stylesPath);
  const firstFormat = nextCellFormat(stylesXml);
  const looks = new CellLooks();
  for (const placement of placements) {
    zip.set(placement.part, worksheetXml(placement.content, looks, firstFormat));
    // A generated sheet's own relationships belonged to what it held before.
    if (placement.replaces) zip.remove(relationshipsPathOf(placement.part));
  }
  const styles = addCellLooks(stylesXml, looks.looks);
  if (looks.looks.length > 0 && styles.formatOf[0] !== firstFormat) {
    throw new PackageError("The stylesheet's cell formats moved while they were added.");
  }
  zip.set(stylesPath, styles.xml);
  if (stylesXml === null) {
    added.push({
      id: freeId(),
      type: RELATIONSHIP_TYPES.styles,
      target: targetOf(workbookPath, stylesPath),
      external: false,
    });
    newParts.set(stylesPath, CONTENT_TYPES.styles);
  }

  // Excel rebuilds the calculation chain; one that lists cells of a rewritten sheet is an error.
  const removedParts = new Set<string>();
  const calcChain = placements.some((placement) => placement.replaces)
    ? relationships.filter((relationship) => isRelationshipType(relationship.type, "calcChain"))
    : [];
  for (const relationship of calcChain) {
    const part = resolveTarget(workbookPath, relationship.target);
    zip.remove(part);
    removedParts.add(part);
  }

  const rewritten = new Set(
    placements.filter((placement) => placement.replaces).map((placement) => placement.position)
  );
  const rewrittenNames = new Set(
    placements.filter((placement) => placement.replaces).map((p) => sheetNameKey(p.content.name))
  );
  const existingNames = definedNames(workbookXml);
  const removeName = (name: DefinedName): boolean => {
    if (name.localSheetId !== undefined)
      return (
        rewritten.has(name.localSheetId) && (name.name === PRINT_TITLES || name.name === PRINT_AREA)
      );
    if (!isAddinSheetMarkName(name.name)) return false;
    const sheet = sheetOfReference(name.text);
    return sheet !== null && rewrittenNames.has(sheetNameKey(sheet));
  };
  const takenNames = new Set(
    existingNames.filter((name) => !removeName(name)).map((name) => name.name.toLowerCase())
  );
  const addNames: DefinedName[] = [];
  for (const placement of placements) {
    const { content } = placement;
    const titles = content.page?.printTitleRows ?? null;
    if (titles !== null) {
      addNames.push({
        name: PRINT_TITLES,
        localSheetId: placement.position,
        text: `${quotedSheet(content.name)}!$${titles.first}:$${titles.last}`,
      });
    }
    if (content.mark !== null) {
      let index = 1;
      const nameAt = (at: number) => addinSheetMarkName(content.mark!.kind, content.mark!.year, at);
      while (takenNames.has(nameAt(index).toLowerCase())) index++;
      takenNames.add(nameAt(index).toLowerCase());
      addNames.push({ name: nameAt(index), text: addinSheetMarkReference(content.name) });
    }
  }

  zip.set(workbookPath, editWorkbook(workbookXml, { addSheets: newSheets, removeName, addNames }));
  let editedRelationships = relationshipsXml;
  if (calcChain.length > 0 && editedRelationships !== null) {
    editedRelationships = withoutRelationships(
      editedRelationships,
      new Set(calcChain.map((relationship) => relationship.id))
    );
  }
  if (added.length > 0 || editedRelationships !== relationshipsXml) {
    zip.set(relationshipsPath, withRelationships(editedRelationships, added));
  }
  zip.set(CONTENT_TYPES_PART, editContentTypes(contentTypesXml, newParts, removedParts));

  return zip.toBytes();
}
