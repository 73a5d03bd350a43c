/**
 * Paths of the parts of an Office package, as zip entry names ("xl/workbook.xml", no leading
 * slash), and the way relationship targets point at them.
 */

/** The folder of a part, with its trailing slash ("xl/" for "xl/workbook.xml"). */
function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

/** The part a relationship of `source` points to: `target` is relative to its folder, or absolute. */
export function resolveTarget(source: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : folderOf(source) + target;
  const segments: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/");
}

/** The relationships part of `part`: "xl/_rels/workbook.xml.rels"; "_rels/.rels" for the package. */
export function relationshipsPathOf(part: string): string {
  const folder = folderOf(part);
  return `${folder}_rels/${part.slice(folder.length)}.rels`;
}

/** A target for a relationship of `source` to `part`: relative to the source's folder when inside it. */
export function targetOf(source: string, part: string): string {
  const folder = folderOf(source);
  return part.startsWith(folder) ? part.slice(folder.length) : `/${part}`;
}
