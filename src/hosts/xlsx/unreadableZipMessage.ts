import type { Localized } from "../../core/localized";
import { bytesHold } from "./bytesHold";
import { OPEN_MESSAGES } from "./openMessages";

/**
 * What to tell the user about a zip package that gave no worksheets: another kind of package
 * when its part names say so (`.xlsb`, `.ods`, a Word file…), else `fallback`. Part names are
 * stored uncompressed in a zip, so a byte scan finds them.
 */
export function unreadableZipMessage(bytes: Uint8Array, fallback: Localized): Localized {
  if (bytesHold(bytes, "xl/workbook.xml")) return fallback;
  if (bytesHold(bytes, "xl/workbook.bin")) return OPEN_MESSAGES.binaryWorkbook;
  if (bytesHold(bytes, "opendocument.spreadsheet")) return OPEN_MESSAGES.openDocument;
  return OPEN_MESSAGES.otherZip;
}
