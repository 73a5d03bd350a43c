import { readFileSync } from "fs";
import { join } from "path";
import type { WorkbookContents } from "../../src/hosts/host";
import { XlsxHost } from "../../src/hosts/xlsx";
import type { Grid } from "../../src/sheets/grid";
import { unitsSheet } from "../sheets/helpers/seedWorkbook";

const SAMPLES = join(__dirname, "..", "..", "samples");

/** A sample workbook's bytes. */
export function sampleBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(SAMPLES, name)));
}

/** A sample workbook as a host reads it, through the `.xlsx` host. */
export async function sampleContents(name: string): Promise<WorkbookContents> {
  const opened = await XlsxHost.open(sampleBytes(name));
  if (!opened.ok) throw new Error(`${name}: ${opened.error.en}`);
  return opened.value.readWorkbook();
}

/** Contents made of source grids only. */
export function contentsOf(grids: readonly Grid[]): WorkbookContents {
  return {
    sheetNames: grids.map((grid) => grid.sheetName),
    grids,
    configurationJson: null,
    addinSheets: [],
  };
}

/** A workbook whose one sheet is blank (Excel always keeps one sheet). */
export function emptyWorkbook(): WorkbookContents {
  return contentsOf([
    { sheetName: "Sheet1", originRow: 1, originColumn: 1, values: [], merges: [], tables: [] },
  ]);
}

/** A workbook with the seed's units sheet and nothing else. */
export function unitsOnlyWorkbook(): WorkbookContents {
  return contentsOf([unitsSheet()]);
}
