import { pageSetupOf } from "../../../src/hosts/xlsx/pageSetupOf";
import { specFixture } from "../specFixture";

describe("pageSetupOf", () => {
  const page = specFixture().page;

  it("converts millimetres to inches and keeps the header and footer inside the margins", () => {
    const { pageSetup } = pageSetupOf({
      ...page,
      marginsMm: { top: 25.4, bottom: 12.7, left: 35, right: 20 },
    });

    expect(pageSetup.margins).toEqual({
      top: 1,
      bottom: 0.5,
      left: 1.378,
      right: 0.7874,
      header: 0.3,
      footer: 0.25,
    });
  });

  it("fits to one page wide only when asked, and repeats no rows without print titles", () => {
    const { pageSetup } = pageSetupOf({ ...page, fitToPageWidth: false, printTitleRows: null });

    expect(pageSetup.fitToPage).toBe(false);
    expect(pageSetup).not.toHaveProperty("fitToWidth");
    expect(pageSetup).not.toHaveProperty("printTitlesRow");
  });

  it("writes no footer for an empty one", () => {
    expect(pageSetupOf({ ...page, footer: "" }).headerFooter).toEqual({});
  });
});
