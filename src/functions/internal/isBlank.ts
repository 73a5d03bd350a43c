/** An empty cell: Excel passes null (or an empty string); text of spaces only counts as empty. */
export function isBlank(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}
