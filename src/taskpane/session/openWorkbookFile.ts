import type { Outcome } from "../../core/outcome";
import type { WorkbookHost } from "../../hosts/host";

/** An `.xlsx` opened in the browser: a host over it and a way to get the result back as bytes. */
export interface FileHost extends WorkbookHost {
  toBuffer(): Promise<Uint8Array>;
}

/**
 * Opens an `.xlsx` with the exceljs host, loaded only now: exceljs is large, and inside Excel it
 * is never needed.
 */
export async function openWorkbookFile(bytes: Uint8Array): Promise<Outcome<FileHost>> {
  const { XlsxHost } = await import(/* webpackChunkName: "xlsx" */ "../../hosts/xlsx");
  return XlsxHost.open(bytes);
}
