import type { Localized } from "../../core/localized";
import { bytesHold } from "./bytesHold";
import { OPEN_MESSAGES } from "./openMessages";

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** The OLE compound file signature: `.xls`, `.doc`, and Office files encrypted with a password. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/**
 * Why these bytes cannot be an `.xlsx` workbook, judged from their first bytes; null when they
 * start like a zip package (the only thing an `.xlsx` can be). An OLE compound file is told apart
 * by its stream names (stored in UTF-16): "EncryptedPackage"/"EncryptionInfo" for a
 * password-protected workbook, "Workbook"/"Book" for an Excel 97–2003 file.
 */
export function fileKindProblem(bytes: Uint8Array): Localized | null {
  if (bytes.length === 0) return OPEN_MESSAGES.emptyFile;
  if (startsWith(bytes, OLE_SIGNATURE)) {
    if (bytesHold(bytes, "EncryptedPackage", true) || bytesHold(bytes, "EncryptionInfo", true))
      return OPEN_MESSAGES.encrypted;
    if (bytesHold(bytes, "Workbook", true) || bytesHold(bytes, "Book", true))
      return OPEN_MESSAGES.oldXls;
    return OPEN_MESSAGES.oldXlsOrEncrypted;
  }
  return startsWith(bytes, ZIP_SIGNATURE) ? null : OPEN_MESSAGES.notWorkbook;
}
