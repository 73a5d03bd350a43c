import { openWorkbookFile } from "./openWorkbookFile";
import type { SessionServices } from "./sessionTypes";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The bundled seed workbook, served beside the page (the build copies it into `samples/`). */
async function fetchSample(): Promise<Uint8Array> {
  const response = await fetch("samples/seed-2018.xlsx");
  if (!response.ok) throw new Error(`samples/seed-2018.xlsx: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

function today() {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** The services of a real browser page: the clock, `fetch`, exceljs on demand, Blob URLs. */
export function browserServices(): SessionServices {
  return {
    today,
    fetchSample,
    openWorkbook: openWorkbookFile,
    createDownloadUrl: (bytes) =>
      URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE })),
    releaseDownloadUrl: (url) => URL.revokeObjectURL(url),
  };
}
