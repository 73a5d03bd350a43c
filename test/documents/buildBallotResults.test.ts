import type { BallotOutcome } from "../../src/core/result";
import { buildBallotResults } from "../../src/documents/buildBallotResults";
import { describeDecree30Layout } from "./helpers/decree30Layout";
import {
  CERTIFICATE,
  documentMeta,
  GOVERNMENT_FLAG,
  PROFILE,
  seedInput,
  seedResult,
} from "./helpers/fixtures";
import { findCell, findCellContaining, mergeAt, rowValues } from "./helpers/specCells";

describe("buildBallotResults", () => {
  describeDecree30Layout(
    (meta) => buildBallotResults(seedResult(), seedInput(), PROFILE, meta),
    "KẾT QUẢ BỎ PHIẾU BÌNH XÉT THI ĐUA NĂM 2018"
  );

  const spec = buildBallotResults(seedResult(), seedInput(), PROFILE, documentMeta());
  const header = spec.page.printTitleRows?.first ?? 0;

  it("names the sheet after the ballot and the year", () => {
    expect(spec).toMatchObject({
      name: "Kết quả bỏ phiếu 2018",
      kind: "ballotResults",
      year: 2018,
    });
  });

  it("heads the table with votes, base, share and result", () => {
    expect(rowValues(spec, header)).toEqual([
      "STT",
      "Tên đơn vị",
      "Số phiếu đồng ý",
      "Số thành viên (cơ sở tính tỷ lệ)",
      "Tỷ lệ",
      "Kết quả",
    ]);
  });

  it("groups the candidates by award, highest first, under a numbered row across the table", () => {
    const first = findCell(spec, "I. CỜ THI ĐUA CỦA CHÍNH PHỦ");
    expect(first.row).toBe(header + 1);
    expect(first.cell.style?.bold).toBe(true);
    expect(mergeAt(spec, first.row, 1)?.right).toBe(spec.columnWidths.length);
    expect(findCell(spec, "II. CỜ THI ĐUA CỦA ỦY BAN NHÂN DÂN TỈNH").row).toBe(header + 3);
    expect(findCell(spec, "III. BẰNG KHEN CỦA ỦY BAN NHÂN DÂN TỈNH").row).toBe(header + 5);
  });

  it("prints each candidate's votes, base, share as a percentage and pass", () => {
    expect(rowValues(spec, header + 2)).toEqual([1, "Hội Liên hiệp Phụ nữ tỉnh", 6, 6, 1, "Đạt"]);
    expect(spec.rows[header + 1]?.[4]?.style?.numberFormat).toBe("0.0%");
  });

  it("numbers the candidates of each award from 1, in rank order", () => {
    expect(rowValues(spec, header + 6)?.slice(0, 2)).toEqual([1, "Ủy ban MTTQ Việt Nam tỉnh"]);
    expect(rowValues(spec, header + 9)?.slice(0, 2)).toEqual([4, "Hội Cựu chiến binh tỉnh"]);
  });

  it("states the share each ballot needs and the quorum, from the profile", () => {
    expect(findCell(spec, "Tỷ lệ cần đạt: trên 50% số thành viên có mặt.").cell.style?.italic).toBe(
      true
    );
    expect(findCellContaining(spec, "66,7% tổng số thành viên").row).toBeGreaterThan(header + 9);
  });

  describe("with failed ballots", () => {
    const ballots: BallotOutcome[] = [
      {
        unitId: "ldld",
        awardId: GOVERNMENT_FLAG,
        votes: 3,
        base: 6,
        share: 0.5,
        quorumMet: true,
        passed: false,
      },
      {
        unitId: "tinh-doan",
        awardId: CERTIFICATE,
        votes: 2,
        base: 3,
        share: 2 / 3,
        quorumMet: false,
        passed: false,
      },
    ];
    const failed = buildBallotResults(
      { ...seedResult(), ballots },
      seedInput(),
      PROFILE,
      documentMeta()
    );
    const row = failed.page.printTitleRows?.first ?? 0;

    it("prints Không đạt for a ballot below the threshold", () => {
      expect(rowValues(failed, row + 2)).toEqual([
        1,
        "Liên đoàn Lao động tỉnh",
        3,
        6,
        0.5,
        "Không đạt",
      ]);
    });

    it("says when a ballot failed for want of a quorum", () => {
      expect(rowValues(failed, row + 4)?.[5]).toBe("Không đạt (không đủ số thành viên có mặt)");
    });

    it("leaves out awards nobody was voted on", () => {
      expect(() => findCell(failed, "II. CỜ THI ĐUA CỦA ỦY BAN NHÂN DÂN TỈNH")).toThrow();
      expect(findCell(failed, "II. BẰNG KHEN CỦA ỦY BAN NHÂN DÂN TỈNH").row).toBe(row + 3);
    });
  });

  it("lists a ballot on an award the profile does not know after the known ones, under its id", () => {
    const ballots: BallotOutcome[] = [
      {
        unitId: "hnd",
        awardId: "giay-khen",
        votes: 6,
        base: 6,
        share: 1,
        quorumMet: true,
        passed: true,
      },
      {
        unitId: "hlhpn",
        awardId: GOVERNMENT_FLAG,
        votes: 6,
        base: 6,
        share: 1,
        quorumMet: true,
        passed: true,
      },
    ];
    const odd = buildBallotResults(
      { ...seedResult(), ballots },
      seedInput(),
      PROFILE,
      documentMeta()
    );
    expect(findCell(odd, "II. GIAY-KHEN").row).toBeGreaterThan(
      findCell(odd, "I. CỜ THI ĐUA CỦA CHÍNH PHỦ").row
    );
  });

  it("prints a line when there is no ballot", () => {
    const none = buildBallotResults(
      { ...seedResult(), ballots: [] },
      seedInput(),
      PROFILE,
      documentMeta()
    );
    expect(findCell(none, "Không có kết quả bỏ phiếu.").row).toBe(
      (none.page.printTitleRows?.first ?? 0) + 1
    );
    expect(() => findCellContaining(none, "Tỷ lệ cần đạt")).toThrow();
  });

  it("prints English labels, award names and results when asked", () => {
    const english = buildBallotResults(
      seedResult(),
      seedInput(),
      PROFILE,
      documentMeta({ language: "en" })
    );
    const row = english.page.printTitleRows?.first ?? 0;
    expect(rowValues(english, row)?.[5]).toBe("Result");
    expect(findCell(english, "I. GOVERNMENT EMULATION FLAG").row).toBe(row + 1);
    expect(rowValues(english, row + 2)?.[5]).toBe("Passed");
    expect(findCell(english, "Needed to pass: more than 50% of members present.").column).toBe(1);
  });

  it("writes a unit named like a formula as plain text", () => {
    const names = { hlhpn: "=1+1" };
    const formula = buildBallotResults(
      seedResult({ names }),
      seedInput({ names }),
      PROFILE,
      documentMeta()
    );
    expect(findCell(formula, "=1+1").column).toBe(2);
  });
});
