/** The badge colour for how sure the reader is of a match: green when sure, amber, then red. */
export function confidenceColor(confidence: number): "success" | "warning" | "danger" {
  if (confidence >= 0.8) return "success";
  return confidence >= 0.5 ? "warning" : "danger";
}
