import type { WorkbookContents } from "../../hosts/host";
import { fingerprintGrid } from "../../job/sheetFingerprint";

/**
 * One fingerprint for the secretariat's sheets as read: two reads give the same text exactly
 * when every source sheet has the same name, order and values.
 */
export function gridsFingerprint(contents: WorkbookContents): string {
  return contents.grids
    .map((grid) => `${grid.sheetName}\u001d${fingerprintGrid(grid)}`)
    .join("\u001c");
}
