import { PackageError } from "./packageError";
import { appendToElement, replaceRanges } from "./xmlEdit";
import { attributeXml } from "./xmlText";
import { childElements, findElement } from "./xmlTags";

/** The package part that says what each part holds. */
export const CONTENT_TYPES_PART = "[Content_Types].xml";

export const CONTENT_TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
} as const;

/**
 * The content types part with an override for each part of `added` (path → content type) and
 * without the overrides of the parts in `removed`; paths are zip entry names.
 */
export function editContentTypes(
  xml: string,
  added: ReadonlyMap<string, string>,
  removed: ReadonlySet<string>
): string {
  const root = findElement(xml, "Types");
  if (root === null) throw new PackageError("The content types part has no Types element.");
  const partNames = new Set([...added.keys(), ...removed].map((path) => `/${path}`.toLowerCase()));
  // Overrides already there for these parts go, so that each part has exactly one.
  const stale = childElements(xml, root, "Override").filter((element) =>
    partNames.has((element.tag.attributes.get("PartName") ?? "").toLowerCase())
  );
  const edited = replaceRanges(
    xml,
    stale.map((element) => ({ start: element.tag.start, end: element.end, text: "" }))
  );
  const prefix = root.tag.prefix;
  const overrides = [...added]
    .map(
      ([path, type]) =>
        `<${prefix}Override PartName="/${attributeXml(path)}" ContentType="${attributeXml(type)}"/>`
    )
    .join("");
  return appendToElement(edited, findElement(edited, "Types")!, overrides);
}
