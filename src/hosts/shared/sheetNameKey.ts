/** Excel compares sheet names without regard to case: "Bảng điểm" and "BẢNG ĐIỂM" clash. */
export function sheetNameKey(name: string): string {
  return name.normalize("NFC").toLowerCase();
}
