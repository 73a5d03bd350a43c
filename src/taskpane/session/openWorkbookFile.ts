import type { Outcome } from "../../core/outcome";
import type { FileHost } from "./sessionTypes";

/**
 * Opens `.xlsx` bytes with the exceljs host, loaded only now, in its own chunk: exceljs is large,
 * and inside Excel it is never needed.
 */
export async function openWorkbookFile(bytes: Uint8Array): Promise<Outcome<FileHost>> {
  const { XlsxHost } = await import(/* webpackChunkName: "xlsx" */ "../../hosts/xlsx");
  return XlsxHost.open(bytes);
}
