import type { HeaderFooter, PageSetup as ExcelPageSetup, PaperSize } from "exceljs";
import type { PageSetup } from "../../documents/sheetSpec";

const MILLIMETRES_PER_INCH = 25.4;
/** Excel's paper size code for A4. */
const A4 = 9 as PaperSize;
/** Header and footer sit this far from the page edge, in inches (about 8 mm), inside the margins. */
const HEADER_FOOTER_INCHES = 0.3;

function inches(millimetres: number): number {
  return Math.round((millimetres / MILLIMETRES_PER_INCH) * 10_000) / 10_000;
}

/**
 * A sheet spec's page layout in exceljs's terms: A4, margins in inches, the header rows repeated
 * on every page, fit to one page wide (any number of pages tall), and the footer centred in the
 * spec's font unless the footer names its own section (&L, &C or &R).
 */
export function pageSetupOf(page: PageSetup): {
  pageSetup: Partial<ExcelPageSetup>;
  headerFooter: Partial<HeaderFooter>;
} {
  const margins = {
    top: inches(page.marginsMm.top),
    bottom: inches(page.marginsMm.bottom),
    left: inches(page.marginsMm.left),
    right: inches(page.marginsMm.right),
  };
  const pageSetup: Partial<ExcelPageSetup> = {
    paperSize: A4,
    orientation: page.orientation,
    margins: {
      ...margins,
      header: Math.min(HEADER_FOOTER_INCHES, margins.top / 2),
      footer: Math.min(HEADER_FOOTER_INCHES, margins.bottom / 2),
    },
    ...(page.fitToPageWidth
      ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
      : { fitToPage: false }),
    ...(page.printTitleRows === null
      ? {}
      : { printTitlesRow: `${page.printTitleRows.first}:${page.printTitleRows.last}` }),
  };
  const namesSection = /&[LCR]/.test(page.footer);
  const footer =
    page.footer === "" || namesSection
      ? page.footer
      : `&C&"${page.fontName},Regular"${page.footer}`;
  return { pageSetup, headerFooter: footer === "" ? {} : { oddFooter: footer } };
}
