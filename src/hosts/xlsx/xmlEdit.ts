import type { XmlElement } from "./xmlTags";

/** `xml` with `content` added at the end of `element`'s content (an empty element is opened up). */
export function appendToElement(xml: string, element: XmlElement, content: string): string {
  if (content === "") return xml;
  const { tag } = element;
  if (tag.kind === "empty") {
    const open = xml.slice(tag.start, tag.end - 2).trimEnd();
    return `${xml.slice(0, tag.start)}${open}>${content}</${tag.name}>${xml.slice(element.end)}`;
  }
  return xml.slice(0, element.contentEnd) + content + xml.slice(element.contentEnd);
}

/** `xml` with each range `[start, end)` replaced by its text; ranges must not overlap. */
export function replaceRanges(
  xml: string,
  edits: readonly { readonly start: number; readonly end: number; readonly text: string }[]
): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let result = "";
  let at = 0;
  for (const edit of sorted) {
    result += xml.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return result + xml.slice(at);
}
