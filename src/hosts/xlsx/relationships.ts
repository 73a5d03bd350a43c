import { PackageError } from "./packageError";
import { appendToElement, replaceRanges } from "./xmlEdit";
import { attributeXml } from "./xmlText";
import { childElements, findElement, xmlTags } from "./xmlTags";

/** One relationship of a package part. */
export interface Relationship {
  readonly id: string;
  /** The relationship type URI. */
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

const OFFICE_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Relationship types the add-in looks for, by the last segment of their URI. */
export const RELATIONSHIP_TYPES = {
  officeDocument: `${OFFICE_RELATIONSHIPS}/officeDocument`,
  worksheet: `${OFFICE_RELATIONSHIPS}/worksheet`,
  styles: `${OFFICE_RELATIONSHIPS}/styles`,
  calcChain: `${OFFICE_RELATIONSHIPS}/calcChain`,
} as const;

/** Whether `type` is this kind (the transitional or the strict URI: only the last segment is compared). */
export function isRelationshipType(type: string, kind: keyof typeof RELATIONSHIP_TYPES): boolean {
  return type.endsWith(`/${kind}`);
}

/** The relationships listed in a `.rels` part. */
export function readRelationships(xml: string): Relationship[] {
  const relationships: Relationship[] = [];
  for (const tag of xmlTags(xml)) {
    if (tag.kind === "end" || tag.localName !== "Relationship") continue;
    relationships.push({
      id: tag.attributes.get("Id") ?? "",
      type: tag.attributes.get("Type") ?? "",
      target: tag.attributes.get("Target") ?? "",
      external: tag.attributes.get("TargetMode") === "External",
    });
  }
  return relationships;
}

/** A `.rels` part with `added` relationships at its end (a new part when `xml` is null). */
export function withRelationships(
  xml: string | null,
  added: readonly Omit<Relationship, "external">[]
): string {
  const source =
    xml ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const root = findElement(source, "Relationships");
  if (root === null)
    throw new PackageError("A relationships part without its Relationships element.");
  const prefix = root.tag.prefix;
  const entries = added
    .map(
      (relationship) =>
        `<${prefix}Relationship Id="${attributeXml(relationship.id)}" Type="${attributeXml(relationship.type)}" Target="${attributeXml(relationship.target)}"/>`
    )
    .join("");
  return appendToElement(source, root, entries);
}

/** A `.rels` part without the relationships whose ids are in `ids`. */
export function withoutRelationships(xml: string, ids: ReadonlySet<string>): string {
  const root = findElement(xml, "Relationships");
  if (root === null)
    throw new PackageError("A relationships part without its Relationships element.");
  const removed = childElements(xml, root, "Relationship").filter((element) =>
    ids.has(element.tag.attributes.get("Id") ?? "")
  );
  return replaceRanges(
    xml,
    removed.map((element) => ({ start: element.tag.start, end: element.end, text: "" }))
  );
}
