import { localized } from "../../core/localized";
import type { SheetSpec } from "../../documents/sheetSpec";
import { CONFIGURATION_SHEET_NAME } from "../../sheets/configurationSheet";
import { sheetNameKey } from "./sheetNameKey";
import { HostError } from "./hostError";

/** Excel forbids these in sheet names; the apostrophe is refused too, as exceljs cannot quote it. */
const FORBIDDEN = /[:\\/?*[\]']/;
const MAX_NAME_LENGTH = 31;

function checkName(name: string): void {
  if (
    name.trim() === "" ||
    name.length > MAX_NAME_LENGTH ||
    FORBIDDEN.test(name) ||
    sheetNameKey(name) === "history"
  ) {
    throw new HostError(
      localized(
        `Tên trang tính “${name}” không hợp lệ: cần 1–31 ký tự, không có : \\ / ? * [ ] ' và không phải “History”.`,
        `The sheet name “${name}” is not valid: it needs 1–31 characters, none of : \\ / ? * [ ] ', and must not be “History”.`
      )
    );
  }
}

function checkCells(spec: SheetSpec): void {
  for (const row of spec.rows) {
    for (const cell of row) {
      if (cell !== null && typeof cell.value === "number" && !Number.isFinite(cell.value)) {
        throw new HostError(
          localized(
            `Trang “${spec.name}” có một giá trị số không hợp lệ (${String(cell.value)}).`,
            `The sheet “${spec.name}” holds an invalid number (${String(cell.value)}).`
          )
        );
      }
    }
  }
  spec.merges.forEach((merge, index) => {
    // The merges before this one, read in place rather than copied for each merge.
    let overlaps = false;
    for (let before = 0; before < index && !overlaps; before += 1) {
      const other = spec.merges[before]!;
      overlaps =
        other.top <= merge.bottom &&
        merge.top <= other.bottom &&
        other.left <= merge.right &&
        merge.left <= other.right;
    }
    if (
      merge.top < 1 ||
      merge.left < 1 ||
      merge.bottom < merge.top ||
      merge.right < merge.left ||
      overlaps
    ) {
      throw new HostError(
        localized(
          `Trang “${spec.name}” có vùng gộp ô không hợp lệ hoặc chồng lên nhau (hàng ${merge.top}–${merge.bottom}, cột ${merge.left}–${merge.right}).`,
          `The sheet “${spec.name}” has an invalid or overlapping merged area (rows ${merge.top}–${merge.bottom}, columns ${merge.left}–${merge.right}).`
        )
      );
    }
  });
}

/**
 * Checks that every spec can be written before anything is: valid and distinct names, finite
 * numbers, sound merges, and no clash with a sheet the add-in did not make (nor with its
 * configuration sheet). Returns the existing sheets to replace, as they are named in the
 * workbook. Throws a `HostError` (Vietnamese and English) otherwise.
 */
export function planSheetWrites(
  specs: readonly SheetSpec[],
  existingSheets: readonly string[],
  addinSheets: readonly string[]
): string[] {
  const existing = new Map(existingSheets.map((name) => [sheetNameKey(name), name]));
  const addin = new Set(addinSheets.map(sheetNameKey));
  const seen = new Set<string>();
  const replaced: string[] = [];
  for (const spec of specs) {
    checkName(spec.name);
    checkCells(spec);
    const key = sheetNameKey(spec.name);
    if (seen.has(key)) {
      throw new HostError(
        localized(
          `Có hai trang cùng tên “${spec.name}” trong một lần ghi.`,
          `Two sheets in one write are both named “${spec.name}”.`
        )
      );
    }
    seen.add(key);
    const current = existing.get(key);
    if (current === undefined) continue;
    if (key === sheetNameKey(CONFIGURATION_SHEET_NAME) || !addin.has(key)) {
      throw new HostError(
        localized(
          `Sổ làm việc đã có trang “${current}” không do Thi Đua tạo ra; không ghi đè lên trang đó. Hãy đổi tên hoặc xóa trang này rồi thử lại.`,
          `The workbook already has a sheet “${current}” that Thi Đua did not make; it is not overwritten. Rename or delete that sheet and try again.`
        )
      );
    }
    replaced.push(current);
  }
  return replaced;
}
