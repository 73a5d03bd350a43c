import { parseNumber } from "../core/text";

const POINTS =
  /\(?\s*(?:tối đa|toi da|max(?:imum)?)?\s*:?\s*(\d+(?:[.,]\d+)?)\s*(?:điểm|diem|đ|d|points?|pts)(?![\p{L}\p{N}])\.?\s*\)?/iu;

/**
 * The maximum points written in a header label, and the label without them:
 * "Nhóm I (300 điểm)" → { title: "Nhóm I", maxPoints: 300 }; "Nhóm II" → { title: "Nhóm II", maxPoints: null }.
 */
export function pointsInLabel(text: string): { title: string; maxPoints: number | null } {
  const match = POINTS.exec(text);
  if (match === null || match[1] === undefined) {
    return { title: text.trim(), maxPoints: null };
  }
  const parsed = parseNumber(match[1]);
  if (!parsed.ok) {
    return { title: text.trim(), maxPoints: null };
  }
  const title = (text.slice(0, match.index) + text.slice(match.index + match[0].length))
    .replace(/[\s:,;–-]+$/u, "")
    .trim();
  return { title: title === "" ? text.trim() : title, maxPoints: parsed.value };
}
