import { decodeXml } from "./xmlText";

/** One start, end or empty-element tag of an XML text. */
export interface XmlTag {
  /** Index of its "<". */
  readonly start: number;
  /** Index just after its ">". */
  readonly end: number;
  /** As written, with its prefix: "x:sheet". */
  readonly name: string;
  /** Without the prefix: "sheet". */
  readonly localName: string;
  /** The prefix and colon ("x:"), or "" for the default namespace. */
  readonly prefix: string;
  readonly kind: "start" | "end" | "empty";
  /** Attribute values by name as written (with prefixes), entities decoded. */
  readonly attributes: ReadonlyMap<string, string>;
}

/** An element: its start tag, and where its content and end tag are. */
export interface XmlElement {
  readonly tag: XmlTag;
  /** Index where its content starts (after the start tag). */
  readonly contentStart: number;
  /** Index where its content ends (its end tag's "<"); equal to `contentStart` when empty. */
  readonly contentEnd: number;
  /** Index just after the element. */
  readonly end: number;
}

const TAG =
  /<(\/?)([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE))
    attributes.set(match[1]!, decodeXml(match[2] ?? match[3] ?? ""));
  return attributes;
}

/** Where the markup that is not a tag (comment, CDATA, declaration, processing instruction) ends. */
function skipOther(xml: string, at: number): number {
  const close = xml.startsWith("<!--", at)
    ? "-->"
    : xml.startsWith("<![CDATA[", at)
      ? "]]>"
      : xml.startsWith("<?", at)
        ? "?>"
        : ">";
  const end = xml.indexOf(close, at + 2);
  return end < 0 ? xml.length : end + close.length;
}

/**
 * The tags of `xml` from `from` to `to`, in order; comments, CDATA sections, declarations and
 * processing instructions are stepped over. A package part is written by many programs, with
 * or without namespace prefixes, so tags are read by their local names.
 */
export function* xmlTags(xml: string, from = 0, to = xml.length): Generator<XmlTag> {
  let at = xml.indexOf("<", from);
  while (at >= 0 && at < to) {
    const next = xml.charCodeAt(at + 1);
    // "!" and "?" open comments, CDATA, declarations and processing instructions.
    if (next === 0x21 || next === 0x3f) {
      at = xml.indexOf("<", skipOther(xml, at));
      continue;
    }
    TAG.lastIndex = at;
    const match = TAG.exec(xml);
    if (match === null) {
      at = xml.indexOf("<", at + 1);
      continue;
    }
    const name = match[2]!;
    const colon = name.indexOf(":");
    yield {
      start: at,
      end: TAG.lastIndex,
      name,
      localName: colon < 0 ? name : name.slice(colon + 1),
      prefix: colon < 0 ? "" : name.slice(0, colon + 1),
      kind: match[1] === "/" ? "end" : match[4] === "/" ? "empty" : "start",
      attributes: attributesOf(match[3]!),
    };
    at = xml.indexOf("<", TAG.lastIndex);
  }
}

/** The element that starts with `tag`, found by counting the start and end tags of its name. */
function elementOf(xml: string, tag: XmlTag, to: number): XmlElement {
  if (tag.kind === "empty") {
    return { tag, contentStart: tag.end, contentEnd: tag.end, end: tag.end };
  }
  let depth = 0;
  for (const inner of xmlTags(xml, tag.end, to)) {
    if (inner.name !== tag.name) continue;
    if (inner.kind === "start") depth += 1;
    else if (inner.kind === "end") {
      if (depth === 0)
        return { tag, contentStart: tag.end, contentEnd: inner.start, end: inner.end };
      depth -= 1;
    }
  }
  // No end tag: the element runs to the end of what was searched.
  return { tag, contentStart: tag.end, contentEnd: to, end: to };
}

/** The first element named `localName` (any prefix) within `from`…`to`, or null. */
export function findElement(
  xml: string,
  localName: string,
  from = 0,
  to = xml.length
): XmlElement | null {
  for (const tag of xmlTags(xml, from, to)) {
    if (tag.kind !== "end" && tag.localName === localName) return elementOf(xml, tag, to);
  }
  return null;
}

/** The elements directly inside `parent`, optionally only those named `localName`. */
export function childElements(xml: string, parent: XmlElement, localName?: string): XmlElement[] {
  const children: XmlElement[] = [];
  let at = parent.contentStart;
  while (at < parent.contentEnd) {
    let child: XmlElement | null = null;
    for (const tag of xmlTags(xml, at, parent.contentEnd)) {
      if (tag.kind !== "end") {
        child = elementOf(xml, tag, parent.contentEnd);
        break;
      }
    }
    if (child === null) break;
    if (localName === undefined || child.tag.localName === localName) children.push(child);
    at = child.end;
  }
  return children;
}
