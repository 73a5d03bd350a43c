import type { CellLook } from "./cellLooks";
import { PackageError } from "./packageError";
import { appendToElement } from "./xmlEdit";
import { attributeXml } from "./xmlText";
import { childElements, findElement, type XmlElement } from "./xmlTags";

/** The children of a stylesheet, in the order the schema sets. */
const STYLESHEET_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;

type Section = (typeof STYLESHEET_ORDER)[number];

/** Excel's built-in number formats that documents use, by code (no `numFmt` entry needed). */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

/** Custom number formats are numbered from here (Excel's first free id). */
const FIRST_CUSTOM_FORMAT = 164;

/** What sections a stylesheet needs before cell formats can point into them. */
const EMPTY_SECTIONS: Partial<Record<Section, string>> = {
  fonts:
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>',
  fills:
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>',
  borders:
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>',
  cellStyleXfs:
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
  cellXfs:
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>',
};

const NO_BORDER = "<border><left/><right/><top/><bottom/><diagonal/></border>";
const THIN_BORDER =
  "<border>" +
  ["left", "right", "top", "bottom"].map((side) => `<${side} style="thin"/>`).join("") +
  "<diagonal/></border>";

/** A stylesheet for a package that has none. */
export const EMPTY_STYLESHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  `${EMPTY_SECTIONS.fonts}${EMPTY_SECTIONS.fills}${EMPTY_SECTIONS.borders}` +
  `${EMPTY_SECTIONS.cellStyleXfs}${EMPTY_SECTIONS.cellXfs}` +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

function rootOf(xml: string): XmlElement {
  const root = findElement(xml, "styleSheet");
  if (root === null) throw new PackageError("The styles part has no styleSheet element.");
  return root;
}

/** The stylesheet with `section` present (as an empty default, in its place) if it was not. */
function withSection(xml: string, section: Section): string {
  const root = rootOf(xml);
  if (findElement(xml, section, root.contentStart, root.contentEnd) !== null) return xml;
  const empty = EMPTY_SECTIONS[section] ?? `<${section} count="0"/>`;
  const prefix = root.tag.prefix;
  const text = prefix === "" ? empty : empty.replace(/<(\/?)(?=[a-zA-Z])/g, `<$1${prefix}`);
  const later = STYLESHEET_ORDER.slice(STYLESHEET_ORDER.indexOf(section) + 1);
  for (const child of childElements(xml, root)) {
    if ((later as readonly string[]).includes(child.tag.localName)) {
      return xml.slice(0, child.tag.start) + text + xml.slice(child.tag.start);
    }
  }
  return appendToElement(xml, root, text);
}

/**
 * `entries` added at the end of a section, its `count` set to the new number of children.
 * Returns the stylesheet and the index of the first entry added.
 */
function appendEntries(
  xml: string,
  section: Section,
  entries: readonly string[]
): { xml: string; first: number } {
  const withIt = withSection(xml, section);
  const root = rootOf(withIt);
  const element = findElement(withIt, section, root.contentStart, root.contentEnd)!;
  const first = childElements(withIt, element).length;
  if (entries.length === 0) return { xml: withIt, first };
  const prefix = element.tag.prefix;
  const text = entries
    .map((entry) => (prefix === "" ? entry : entry.replace(/<(\/?)(?=[a-zA-Z])/g, `<$1${prefix}`)))
    .join("");
  const tag = withIt.slice(element.tag.start, element.tag.end);
  const count = first + entries.length;
  const counted = /\scount\s*=\s*("[^"]*"|'[^']*')/.test(tag)
    ? tag.replace(/(\scount\s*=\s*)("[^"]*"|'[^']*')/, `$1"${count}"`)
    : tag.replace(/^(<[^\s/>]+)/, `$1 count="${count}"`);
  const recounted = withIt.slice(0, element.tag.start) + counted + withIt.slice(element.tag.end);
  const root2 = rootOf(recounted);
  const again = findElement(recounted, section, root2.contentStart, root2.contentEnd)!;
  return { xml: appendToElement(recounted, again, text), first };
}

function fontXml(look: CellLook): string {
  return (
    "<font>" +
    (look.bold ? "<b/>" : "") +
    (look.italic ? "<i/>" : "") +
    (look.underline ? "<u/>" : "") +
    `<sz val="${look.fontSize}"/><name val="${attributeXml(look.fontName)}"/>` +
    (look.fontName === "Times New Roman" ? '<family val="1"/>' : "") +
    "</font>"
  );
}

function alignmentXml(look: CellLook): string {
  const attributes =
    (look.horizontal ? ` horizontal="${look.horizontal}"` : "") +
    // SpreadsheetML calls the middle "center".
    (look.vertical ? ` vertical="${look.vertical === "middle" ? "center" : look.vertical}"` : "") +
    (look.wrap ? ' wrapText="1"' : "");
  return attributes === "" ? "" : `<alignment${attributes}/>`;
}

/** The ids and codes of the custom number formats a stylesheet already has. */
function customFormats(xml: string): Map<string, number> {
  const formats = new Map<string, number>();
  const root = rootOf(xml);
  const section = findElement(xml, "numFmts", root.contentStart, root.contentEnd);
  if (section === null) return formats;
  for (const format of childElements(xml, section, "numFmt")) {
    const id = Number(format.tag.attributes.get("numFmtId"));
    const code = format.tag.attributes.get("formatCode");
    if (Number.isInteger(id) && code !== undefined && !formats.has(code)) formats.set(code, id);
  }
  return formats;
}

/** Whether the stylesheet has a cell style format for `xfId="0"` to point at. */
function hasCellStyleFormat(xml: string): boolean {
  const root = rootOf(xml);
  const section = findElement(xml, "cellStyleXfs", root.contentStart, root.contentEnd);
  return section !== null && childElements(xml, section, "xf").length > 0;
}

/**
 * The index the first cell format added by `addCellLooks` will have: the number of cell formats
 * the stylesheet (a new one when `xml` is null) holds.
 */
export function nextCellFormat(xml: string | null): number {
  const styles = withSection(xml ?? EMPTY_STYLESHEET, "cellXfs");
  const root = rootOf(styles);
  return childElements(styles, findElement(styles, "cellXfs", root.contentStart, root.contentEnd)!)
    .length;
}

/**
 * Adds one cell format (`xf`) for each look to a workbook's stylesheet (a new one when `xml` is
 * null), with the fonts, borders and number formats they need, after everything already there:
 * the workbook's own formats keep their numbers, so its cells look as they did. Returns the
 * stylesheet and, for each look, the index of its cell format.
 */
export function addCellLooks(
  xml: string | null,
  looks: readonly CellLook[]
): { xml: string; formatOf: number[] } {
  let styles = xml ?? EMPTY_STYLESHEET;

  const formats = customFormats(styles);
  let nextFormat = Math.max(FIRST_CUSTOM_FORMAT - 1, ...formats.values()) + 1;
  const newFormats: string[] = [];
  const formatIdOf = (code: string | undefined): number => {
    if (code === undefined) return 0;
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = formats.get(code);
    if (id === undefined) {
      id = nextFormat++;
      formats.set(code, id);
      newFormats.push(`<numFmt numFmtId="${id}" formatCode="${attributeXml(code)}"/>`);
    }
    return id;
  };
  const formatIds = looks.map((look) => formatIdOf(look.numberFormat));
  if (newFormats.length > 0) styles = appendEntries(styles, "numFmts", newFormats).xml;

  const fonts: string[] = [];
  const fontIndex = new Map<string, number>();
  const fontOf = looks.map((look) => {
    const font = fontXml(look);
    let index = fontIndex.get(font);
    if (index === undefined) {
      index = fonts.length;
      fonts.push(font);
      fontIndex.set(font, index);
    }
    return index;
  });
  const addedFonts = appendEntries(styles, "fonts", fonts);
  styles = addedFonts.xml;
  styles = withSection(styles, "fills");
  // Borders of their own, rather than trusting that the workbook's first border is none.
  const addedBorders = appendEntries(styles, "borders", [NO_BORDER, THIN_BORDER]);
  styles = addedBorders.xml;

  styles = withSection(styles, "cellStyleXfs");
  const styleReference = hasCellStyleFormat(styles) ? ' xfId="0"' : "";
  const cellFormats = looks.map((look, index) => {
    const alignment = alignmentXml(look);
    const border = addedBorders.first + (look.border ? 1 : 0);
    return (
      `<xf numFmtId="${formatIds[index]}" fontId="${addedFonts.first + fontOf[index]!}" fillId="0" borderId="${border}"${styleReference}` +
      ` applyNumberFormat="1" applyFont="1" applyBorder="1" applyAlignment="1"` +
      (alignment === "" ? "/>" : `>${alignment}</xf>`)
    );
  });
  const addedFormats = appendEntries(styles, "cellXfs", cellFormats);
  return {
    xml: addedFormats.xml,
    formatOf: looks.map((_, index) => addedFormats.first + index),
  };
}
