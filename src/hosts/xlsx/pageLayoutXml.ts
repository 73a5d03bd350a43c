import type { PageSetup } from "../../documents/sheetSpec";
import { elementTextXml } from "./xmlText";

const MILLIMETRES_PER_INCH = 25.4;
/** Excel's paper size code for A4. */
const A4 = 9;
/** Header and footer sit this far from the page edge, in inches (about 8 mm), inside the margins. */
const HEADER_FOOTER_INCHES = 0.3;

function inches(millimetres: number): number {
  return Math.round((millimetres / MILLIMETRES_PER_INCH) * 10_000) / 10_000;
}

/** The footer as written: centred in the spec's font, unless it names its own section (&L, &C, &R). */
export function footerText(page: PageSetup): string {
  if (page.footer === "" || /&[LCR]/.test(page.footer)) return page.footer;
  return `&C&"${page.fontName},Regular"${page.footer}`;
}

/**
 * A worksheet's print layout, as the elements that close its XML (in the schema's order): the
 * margins in inches (header and footer inside them), A4 in the spec's orientation, fit to one
 * page wide and any number tall when asked, and the footer.
 */
export function pageLayoutXml(page: PageSetup): string {
  const top = inches(page.marginsMm.top);
  const bottom = inches(page.marginsMm.bottom);
  const header = Math.min(HEADER_FOOTER_INCHES, top / 2);
  const footerMargin = Math.min(HEADER_FOOTER_INCHES, bottom / 2);
  const margins =
    `<pageMargins left="${inches(page.marginsMm.left)}" right="${inches(page.marginsMm.right)}"` +
    ` top="${top}" bottom="${bottom}" header="${header}" footer="${footerMargin}"/>`;
  const fit = page.fitToPageWidth ? ' fitToWidth="1" fitToHeight="0"' : "";
  const setup = `<pageSetup paperSize="${A4}" orientation="${page.orientation}"${fit}/>`;
  const footer = footerText(page);
  const headerFooter =
    footer === ""
      ? ""
      : `<headerFooter><oddFooter>${elementTextXml(footer)}</oddFooter></headerFooter>`;
  return margins + setup + headerFooter;
}
