import { PackageError } from "./packageError";
import { appendToElement, replaceRanges } from "./xmlEdit";
import { attributeXml, decodeXml, elementTextXml } from "./xmlText";
import { childElements, findElement, type XmlElement } from "./xmlTags";

const RELATIONSHIPS_NAMESPACE =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A sheet as the workbook part lists it. */
export interface WorkbookSheet {
  readonly name: string;
  readonly sheetId: number;
  readonly relationshipId: string;
}

/** A defined name of the workbook part. */
export interface DefinedName {
  readonly name: string;
  /** The 0-based position of the sheet it belongs to; undefined for a workbook-level name. */
  readonly localSheetId?: number;
  /** What it refers to: "'Bảng điểm'!$A$1". */
  readonly text: string;
}

/** Children of a workbook that come after its defined names, in the schema's order. */
const AFTER_DEFINED_NAMES = new Set([
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
]);

function rootOf(xml: string): XmlElement {
  const root = findElement(xml, "workbook");
  if (root === null) throw new PackageError("The workbook part has no workbook element.");
  return root;
}

function sheetsOf(xml: string, root: XmlElement): XmlElement {
  const sheets = findElement(xml, "sheets", root.contentStart, root.contentEnd);
  if (sheets === null) throw new PackageError("The workbook part lists no sheets.");
  return sheets;
}

/** The prefix ("r:") the workbook part binds to the relationships namespace, or null. */
function relationshipsPrefix(root: XmlElement): string | null {
  for (const [name, value] of root.tag.attributes) {
    if (name.startsWith("xmlns:") && value === RELATIONSHIPS_NAMESPACE) return `${name.slice(6)}:`;
  }
  return null;
}

/** The sheets the workbook part lists, in tab order. */
export function workbookSheets(xml: string): WorkbookSheet[] {
  const root = rootOf(xml);
  const prefix = relationshipsPrefix(root);
  return childElements(xml, sheetsOf(xml, root), "sheet").map(({ tag }) => {
    let relationshipId = prefix === null ? undefined : tag.attributes.get(`${prefix}id`);
    // A sheet may declare the relationships namespace itself.
    if (relationshipId === undefined) {
      for (const [name, value] of tag.attributes) {
        if (name.endsWith(":id")) relationshipId = value;
      }
    }
    return {
      name: tag.attributes.get("name") ?? "",
      sheetId: Number(tag.attributes.get("sheetId")),
      relationshipId: relationshipId ?? "",
    };
  });
}

/** The workbook's defined names, in order. */
export function definedNames(xml: string): DefinedName[] {
  const root = rootOf(xml);
  const section = findElement(xml, "definedNames", root.contentStart, root.contentEnd);
  if (section === null) return [];
  return childElements(xml, section, "definedName").map((element) => namedOf(xml, element));
}

function namedOf(xml: string, element: XmlElement): DefinedName {
  const local = element.tag.attributes.get("localSheetId");
  return {
    name: element.tag.attributes.get("name") ?? "",
    ...(local === undefined ? {} : { localSheetId: Number(local) }),
    text: decodeXml(xml.slice(element.contentStart, element.contentEnd)),
  };
}

/** What a write changes in the workbook part. */
export interface WorkbookEdit {
  /** Sheets added at the end of the tab order. */
  readonly addSheets: readonly WorkbookSheet[];
  /** Whether an existing defined name goes. */
  readonly removeName: (name: DefinedName) => boolean;
  readonly addNames: readonly DefinedName[];
}

/**
 * The workbook part with sheets added after the others and defined names removed and added;
 * everything else (views, calculation settings, the other names) as it was.
 */
export function editWorkbook(xml: string, edit: WorkbookEdit): string {
  let root = rootOf(xml);
  const prefix = root.tag.prefix;
  const relationships = relationshipsPrefix(root);
  const sheetXml = edit.addSheets
    .map((sheet) => {
      const id =
        relationships === null
          ? `xmlns:r="${RELATIONSHIPS_NAMESPACE}" r:id="${attributeXml(sheet.relationshipId)}"`
          : `${relationships}id="${attributeXml(sheet.relationshipId)}"`;
      return `<${prefix}sheet name="${attributeXml(sheet.name)}" sheetId="${sheet.sheetId}" ${id}/>`;
    })
    .join("");
  let edited = appendToElement(xml, sheetsOf(xml, root), sheetXml);

  root = rootOf(edited);
  let section = findElement(edited, "definedNames", root.contentStart, root.contentEnd);
  if (section !== null) {
    const names = childElements(edited, section, "definedName");
    const removed = names.filter((element) => edit.removeName(namedOf(edited, element)));
    // A section left with no names goes too, unless names are about to be added to it.
    edited =
      removed.length === names.length && edit.addNames.length === 0 && names.length > 0
        ? edited.slice(0, section.tag.start) + edited.slice(section.end)
        : replaceRanges(
            edited,
            removed.map((element) => ({ start: element.tag.start, end: element.end, text: "" }))
          );
  }
  if (edit.addNames.length === 0) return edited;

  const namesXml = edit.addNames
    .map((name) => {
      const local = name.localSheetId === undefined ? "" : ` localSheetId="${name.localSheetId}"`;
      return `<${prefix}definedName name="${attributeXml(name.name)}"${local}>${elementTextXml(name.text)}</${prefix}definedName>`;
    })
    .join("");
  root = rootOf(edited);
  section = findElement(edited, "definedNames", root.contentStart, root.contentEnd);
  if (section !== null) return appendToElement(edited, section, namesXml);
  const block = `<${prefix}definedNames>${namesXml}</${prefix}definedNames>`;
  const sheets = sheetsOf(edited, root);
  const later = childElements(edited, root).find(
    (child) => child.tag.start >= sheets.end && AFTER_DEFINED_NAMES.has(child.tag.localName)
  );
  if (later === undefined) return appendToElement(edited, root, block);
  return edited.slice(0, later.tag.start) + block + edited.slice(later.tag.start);
}
