import { CellLooks } from "./cellLooks";
import { CONTENT_TYPES, CONTENT_TYPES_PART, editContentTypes } from "./contentTypes";
import { OfficePackage } from "./officePackage";
import { PackageError } from "./packageError";
import { relationshipsPathOf, resolveTarget, targetOf } from "./partPaths";
import { freeRelationshipId, newWorksheetParts, placeSheets } from "./placeSheets";
import {
  isRelationshipType,
  readRelationships,
  RELATIONSHIP_TYPES,
  withoutRelationships,
  withRelationships,
  type Relationship,
} from "./relationships";
import { sheetDefinedNames } from "./sheetDefinedNames";
import { addCellLooks, nextCellFormat } from "./stylesheetPatch";
import { definedNames, editWorkbook, workbookSheets } from "./workbookPart";
import type { WorksheetContent } from "./worksheetContent";
import { worksheetXml } from "./worksheetXml";

async function requiredText(pack: OfficePackage, path: string): Promise<string> {
  const text = await pack.text(path);
  if (text === null) throw new PackageError(`The package has no part ${path}.`);
  return text;
}

/** The workbook part's path, from the package's own relationships. */
async function workbookPathOf(pack: OfficePackage): Promise<string> {
  const relationships = readRelationships((await pack.text("_rels/.rels")) ?? "");
  const document = relationships.find((relationship) =>
    isRelationshipType(relationship.type, "officeDocument")
  );
  if (document === undefined) throw new PackageError("The package names no workbook part.");
  return resolveTarget("", document.target);
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
  const pack = OfficePackage.read(bytes);
  const workbookPath = await workbookPathOf(pack);
  const workbookXml = await requiredText(pack, workbookPath);
  const relationshipsPath = relationshipsPathOf(workbookPath);
  const relationshipsXml = await pack.text(relationshipsPath);
  const relationships = readRelationships(relationshipsXml ?? "");
  const contentTypesXml = await requiredText(pack, CONTENT_TYPES_PART);

  const plan = placeSheets(
    contents,
    workbookPath,
    workbookSheets(workbookXml),
    relationships,
    (path) => pack.has(path)
  );
  const added: Relationship[] = [...plan.newRelationships];
  const newParts = newWorksheetParts(plan);

  const stylesRelationship = relationships.find((relationship) =>
    isRelationshipType(relationship.type, "styles")
  );
  const stylesPath =
    stylesRelationship === undefined
      ? "xl/styles.xml"
      : resolveTarget(workbookPath, stylesRelationship.target);
  const stylesXml = await pack.text(stylesPath);
  // Cells name their format by index, so the formats' first index is known before they are made.
  const firstFormat = nextCellFormat(stylesXml);
  const looks = new CellLooks();
  for (const placement of plan.placements) {
    pack.set(placement.part, worksheetXml(placement.content, looks, firstFormat));
    // A generated sheet's own relationships belonged to what it held before.
    if (placement.replaces) pack.remove(relationshipsPathOf(placement.part));
  }
  const styles = addCellLooks(stylesXml, looks.looks);
  if (looks.looks.length > 0 && styles.formatOf[0] !== firstFormat) {
    throw new PackageError("The stylesheet's cell formats moved while they were added.");
  }
  pack.set(stylesPath, styles.xml);
  if (stylesXml === null) {
    added.push({
      id: freeRelationshipId(plan.takenIds),
      type: RELATIONSHIP_TYPES.styles,
      target: targetOf(workbookPath, stylesPath),
      external: false,
    });
    newParts.set(stylesPath, CONTENT_TYPES.styles);
  }

  // Excel rebuilds the calculation chain; one that lists cells of a rewritten sheet is an error.
  const calcChain = plan.placements.some((placement) => placement.replaces)
    ? relationships.filter((relationship) => isRelationshipType(relationship.type, "calcChain"))
    : [];
  const removedParts = new Set(
    calcChain.map((relationship) => resolveTarget(workbookPath, relationship.target))
  );
  for (const part of removedParts) pack.remove(part);

  const names = sheetDefinedNames(plan.placements, definedNames(workbookXml));
  pack.set(workbookPath, editWorkbook(workbookXml, { addSheets: plan.newSheets, ...names }));
  const kept =
    calcChain.length === 0 || relationshipsXml === null
      ? relationshipsXml
      : withoutRelationships(relationshipsXml, new Set(calcChain.map((chain) => chain.id)));
  if (added.length > 0 || kept !== relationshipsXml) {
    pack.set(relationshipsPath, withRelationships(kept, added));
  }
  pack.set(CONTENT_TYPES_PART, editContentTypes(contentTypesXml, newParts, removedParts));
  return pack.toBytes();
}
