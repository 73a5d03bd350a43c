import fc from "fast-check";
import { documentSheetName } from "../../src/documents/sheetName";
import type { DocumentKind } from "../../src/documents/sheetSpec";

const KINDS: DocumentKind[] = [
  "dataCheck",
  "scoreSummary",
  "ballotResults",
  "nominationList",
  "leaderProposal",
];
const ILLEGAL = /[:\\/?*[\]]/;

describe("documentSheetName", () => {
  it("names each Vietnamese document with what it holds and the year", () => {
    expect(KINDS.map((kind) => documentSheetName(kind, 2018, "vi"))).toEqual([
      "Kiểm tra dữ liệu 2018",
      "Tổng hợp điểm 2018",
      "Kết quả bỏ phiếu 2018",
      "Đề nghị khen thưởng 2018",
      "Đề xuất Khối trưởng 2019",
    ]);
  });

  it("names the leader proposal after the year it is for, the one after the review", () => {
    expect(documentSheetName("leaderProposal", 2024, "en")).toBe("Leader proposal 2025");
  });

  it("names English documents in English", () => {
    expect(KINDS.map((kind) => documentSheetName(kind, 2018, "en"))).toEqual([
      "Data check 2018",
      "Score summary 2018",
      "Ballot results 2018",
      "Nominations 2018",
      "Leader proposal 2019",
    ]);
  });

  it("gives distinct names to the documents of one year", () => {
    for (const language of ["vi", "en"] as const) {
      const names = KINDS.map((kind) => documentSheetName(kind, 2018, language));
      expect(new Set(names).size).toBe(KINDS.length);
    }
  });

  it("keeps every name within Excel's 31 characters and free of : \\ / ? * [ ] for any year", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS),
        fc.oneof(fc.integer(), fc.double()),
        fc.constantFrom("vi" as const, "en" as const),
        (kind, year, language) => {
          const name = documentSheetName(kind, year, language);
          expect(name.length).toBeLessThanOrEqual(31);
          expect(name).not.toMatch(ILLEGAL);
          expect(name.length).toBeGreaterThan(0);
        }
      )
    );
  });
});
