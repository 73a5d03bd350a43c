import type { PageSetup } from "../../documents/sheetSpec";
import type { WriteStep } from "./sheetWriteSteps";

const POINTS_PER_MILLIMETRE = 72 / 25.4;

function points(millimetres: number): number {
  return Math.round(millimetres * POINTS_PER_MILLIMETRE * 100) / 100;
}

/**
 * The step that sets a sheet's page layout (ExcelApi 1.9): A4, orientation, margins (millimetres
 * to points), the header rows repeated on every page, fit to one page wide and any number tall,
 * and the footer centred in the spec's font (unless the footer names its own section).
 */
export function pageLayoutStep(page: PageSetup): WriteStep {
  const namesSection = /&[LCR]/.test(page.footer);
  const footer =
    page.footer === "" || namesSection ? page.footer : `&"${page.fontName},Regular"${page.footer}`;
  return {
    bytes: 2_500,
    queue: (sheet) => {
      const layout = sheet.pageLayout;
      layout.paperSize = "A4" as Excel.PaperType;
      layout.orientation = (
        page.orientation === "landscape" ? "Landscape" : "Portrait"
      ) as Excel.PageOrientation;
      layout.topMargin = points(page.marginsMm.top);
      layout.bottomMargin = points(page.marginsMm.bottom);
      layout.leftMargin = points(page.marginsMm.left);
      layout.rightMargin = points(page.marginsMm.right);
      if (page.fitToPageWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (page.printTitleRows !== null) {
        layout.setPrintTitleRows(`$${page.printTitleRows.first}:$${page.printTitleRows.last}`);
      }
      if (footer !== "") layout.headersFooters.defaultForAllPages.centerFooter = footer;
    },
  };
}
