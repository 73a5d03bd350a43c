import type { Language } from "../../core/localized";
import type { PageSetup } from "../sheetSpec";
import { PAGE_GEOMETRY } from "./pageGeometry";

/**
 * Decree 30/2020 page layout: A4 portrait, margins 20 mm top and bottom, 30 mm left, 15 mm
 * right, Times New Roman, one page wide, the table header repeated on every page, and the page
 * number in the footer ("Trang 1/3" or "Page 1 of 3").
 */
export function documentPageSetup(language: Language, headerRow: number | null): PageSetup {
  return {
    paperSize: "A4",
    orientation: "portrait",
    marginsMm: { ...PAGE_GEOMETRY.marginsMm },
    printTitleRows: headerRow === null ? null : { first: headerRow, last: headerRow },
    fitToPageWidth: true,
    footer: language === "vi" ? "Trang &P/&N" : "Page &P of &N",
    fontName: "Times New Roman",
  };
}
