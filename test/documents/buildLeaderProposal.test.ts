import type { RuleProfile } from "../../src/core/profile/types";
import { buildLeaderProposal } from "../../src/documents/buildLeaderProposal";
import { describeDecree30Layout } from "./helpers/decree30Layout";
import { documentMeta, PROFILE, seedInput, seedResult, tiedResult } from "./helpers/fixtures";
import { findCell, findCellContaining, rowValues } from "./helpers/specCells";

const WITH_DEPUTY: RuleProfile = {
  ...PROFILE,
  rotation: { ...PROFILE.rotation, chooseDeputy: true, lookbackYears: 3 },
};

describe("buildLeaderProposal", () => {
  describeDecree30Layout(
    (meta) => buildLeaderProposal(seedResult(), seedInput(), PROFILE, meta),
    "ĐỀ XUẤT KHỐI TRƯỞNG NĂM 2019"
  );

  const spec = buildLeaderProposal(seedResult(), seedInput(), PROFILE, documentMeta());

  it("names the sheet after the proposal and the year it is for", () => {
    expect(spec).toMatchObject({
      name: "Đề xuất Khối trưởng 2019",
      kind: "leaderProposal",
      year: 2018,
    });
  });

  it("proposes next year's leader in bold, with the head of the unit", () => {
    const proposal = findCell(
      spec,
      "Khối trưởng năm 2019: Hội Liên hiệp Phụ nữ tỉnh (Chủ tịch Nguyễn Thị Hoa)"
    );
    expect(proposal.cell.style?.bold).toBe(true);
    expect(proposal.row).toBe(findCell(spec, "1. Đề xuất").row + 1);
  });

  it("states the rotation rule in words, from the profile", () => {
    const rule = findCell(spec, "2. Quy tắc luân phiên");
    expect(rowValues(spec, rule.row + 1)?.[0]).toBe(
      "Đơn vị xếp hạng cao nhất chưa làm Khối trưởng năm 2018 làm Khối trưởng năm 2019. " +
        "Đơn vị đang bị xem xét kỷ luật, thanh tra, điều tra hoặc có khiếu nại không được đề xuất."
    );
  });

  it("lists the engine's grounds, without repeating its own statement of the rule", () => {
    const grounds = findCell(spec, "3. Căn cứ đề xuất");
    expect(rowValues(spec, grounds.row + 1)?.[0]).toBe(
      "- Khối trưởng 2018: Liên đoàn Lao động tỉnh"
    );
    expect(() => findCellContaining(spec, "Quy tắc: Khối trưởng")).toThrow();
  });

  it("shows the leader history by year", () => {
    const history = findCell(spec, "4. Lịch sử Khối trưởng, Khối phó");
    expect(rowValues(spec, history.row + 1)).toEqual([
      "Năm",
      "Khối trưởng",
      null,
      "Khối phó",
      null,
    ]);
    expect(rowValues(spec, history.row + 2)).toEqual([
      2017,
      "Ủy ban MTTQ Việt Nam tỉnh",
      null,
      "",
      null,
    ]);
    expect(rowValues(spec, history.row + 3)).toEqual([
      2018,
      "Liên đoàn Lao động tỉnh",
      null,
      "Hội Liên hiệp Phụ nữ tỉnh",
      null,
    ]);
  });

  it("tabulates the alternatives with rank, total and why not, and repeats that table's header on each page", () => {
    const header = spec.page.printTitleRows?.first ?? 0;
    expect(rowValues(spec, header)).toEqual([
      "STT",
      "Tên đơn vị",
      "Xếp hạng",
      "Tổng điểm",
      "Lý do không được đề xuất",
    ]);
    expect(rowValues(spec, header + 1)).toEqual([
      1,
      "Liên đoàn Lao động tỉnh",
      2,
      972,
      "Đã làm Khối trưởng năm 2018",
    ]);
    expect(rowValues(spec, header - 1)?.[0]).toBe("5. Các đơn vị khác");
  });

  it("leaves out the deputy line and says only Khối trưởng in the title when the profile chooses no deputy", () => {
    expect(() => findCellContaining(spec, "Khối phó năm 2019")).toThrow();
  });

  describe("with a deputy", () => {
    const result = seedResult();
    const withDeputy = buildLeaderProposal(
      { ...result, rotation: { ...result.rotation, deputyUnitId: "mttq" } },
      seedInput(),
      WITH_DEPUTY,
      documentMeta()
    );

    it("titles the proposal for leader and deputy", () => {
      expect(findCell(withDeputy, "ĐỀ XUẤT KHỐI TRƯỞNG, KHỐI PHÓ NĂM 2019").column).toBe(1);
    });

    it("proposes the deputy on the line after the leader", () => {
      const leader = findCellContaining(withDeputy, "Khối trưởng năm 2019:");
      expect(rowValues(withDeputy, leader.row + 1)?.[0]).toBe(
        "Khối phó năm 2019: Ủy ban MTTQ Việt Nam tỉnh"
      );
    });

    it("states the look-back and the deputy in the rule", () => {
      expect(
        findCellContaining(withDeputy, "chưa làm Khối trưởng trong 3 năm gần nhất (2016–2018)").cell
          .value
      ).toContain("đơn vị xếp hạng kế tiếp làm Khối phó");
    });
  });

  describe("with a tie for leader", () => {
    const tied = buildLeaderProposal(tiedResult(), seedInput(), WITH_DEPUTY, documentMeta());
    const header = tied.page.printTitleRows?.first ?? 0;

    it("says the meeting decides between the tied units", () => {
      expect(findCellContaining(tied, "Khối trưởng năm 2019:").cell.value).toBe(
        "Khối trưởng năm 2019: Hội nghị quyết định (đồng hạng: Liên đoàn Lao động tỉnh, Ủy ban MTTQ Việt Nam tỉnh)"
      );
      expect(findCellContaining(tied, "Khối phó năm 2019:").cell.value).toBe(
        "Khối phó năm 2019: Hội nghị quyết định"
      );
    });

    it("lists the tied units first among the alternatives, marked for the meeting", () => {
      expect(rowValues(tied, header + 1)).toEqual([
        1,
        "Liên đoàn Lao động tỉnh",
        "2 (đồng hạng)",
        970,
        "Đồng hạng: Hội nghị quyết định",
      ]);
      expect(rowValues(tied, header + 2)?.[1]).toBe("Ủy ban MTTQ Việt Nam tỉnh");
      expect(rowValues(tied, header + 3)?.[1]).toBe("Hội Liên hiệp Phụ nữ tỉnh");
    });
  });

  it("says the meeting decides when no unit qualifies", () => {
    const result = seedResult();
    const none = buildLeaderProposal(
      { ...result, rotation: { ...result.rotation, leaderUnitId: null, alternatives: [] } },
      { ...seedInput(), leaderHistory: [] },
      PROFILE,
      documentMeta()
    );
    expect(
      findCell(none, "Khối trưởng năm 2019: Hội nghị quyết định (không có đơn vị đủ điều kiện)")
        .column
    ).toBe(1);
    expect(findCell(none, "Chưa có dữ liệu").column).toBe(1);
    expect(findCell(none, "Không có đơn vị nào khác.").row).toBe(
      (none.page.printTitleRows?.first ?? 0) + 1
    );
  });

  it("describes the fixed-order and deputy-succeeds rules", () => {
    const fixed = buildLeaderProposal(
      seedResult(),
      seedInput(),
      { ...PROFILE, rotation: { ...PROFILE.rotation, mode: "fixedOrder" } },
      documentMeta()
    );
    expect(findCellContaining(fixed, "Luân phiên theo thứ tự cố định").column).toBe(1);
    const succeeds = buildLeaderProposal(
      seedResult(),
      seedInput(),
      {
        ...PROFILE,
        rotation: { ...PROFILE.rotation, mode: "deputySucceeds", excludeBlocked: false },
      },
      documentMeta()
    );
    expect(
      findCell(
        succeeds,
        "Khối phó năm 2018 làm Khối trưởng năm 2019; đơn vị kế tiếp theo thứ tự luân phiên làm Khối phó."
      ).column
    ).toBe(1);
    expect(findCell(succeeds, "ĐỀ XUẤT KHỐI TRƯỞNG, KHỐI PHÓ NĂM 2019").column).toBe(1);
  });

  it("prints English labels when asked", () => {
    const english = buildLeaderProposal(
      tiedResult(),
      seedInput(),
      WITH_DEPUTY,
      documentMeta({ language: "en" })
    );
    expect(english.name).toBe("Leader proposal 2019");
    expect(findCell(english, "PROPOSED BLOC LEADER AND DEPUTY FOR 2019").column).toBe(1);
    expect(
      findCellContaining(english, "Bloc leader for 2019: The meeting decides (tied:").column
    ).toBe(1);
    expect(findCell(english, "2 (tied)").column).toBe(3);
  });

  it("writes a unit named like a formula as plain text", () => {
    const names = { hlhpn: "=1+1" };
    const formula = buildLeaderProposal(
      seedResult({ names }),
      seedInput({ names }),
      PROFILE,
      documentMeta()
    );
    expect(findCellContaining(formula, "=1+1").cell.value).toBe(
      "Khối trưởng năm 2019: =1+1 (Chủ tịch Nguyễn Thị Hoa)"
    );
    expect(findCell(formula, "=1+1").column).toBe(4);
  });
});
