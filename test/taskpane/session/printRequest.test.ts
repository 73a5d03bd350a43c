import { DOCUMENT_KINDS } from "../../../src/documents";
import { printRequest } from "../../../src/taskpane/session/printRequest";

const TODAY = { year: 2026, month: 11, day: 25 };

describe("printRequest", () => {
  it("keeps only the documents that are both allowed and ticked, and the typed fields", () => {
    const request = printRequest(
      {
        kinds: ["scoreSummary", "dataCheck"],
        fields: { place: " Bắc Ninh ", signerName: "", number: "01/TTr-KTĐ" },
        dateText: "10/12/2025",
      },
      ["dataCheck"],
      TODAY,
      "vi"
    );
    expect(request).toEqual({
      today: TODAY,
      language: "vi",
      kinds: ["dataCheck"],
      meta: { place: "Bắc Ninh", number: "01/TTr-KTĐ", date: { day: 10, month: 12, year: 2025 } },
      remember: { place: "Bắc Ninh", number: "01/TTr-KTĐ" },
    });
  });

  it("is null when the date is not a date", () => {
    expect(
      printRequest(
        { kinds: DOCUMENT_KINDS, fields: {}, dateText: "mai" },
        DOCUMENT_KINDS,
        TODAY,
        "en"
      )
    ).toBeNull();
  });
});
