import { evaluateBallot } from "../../../src/core/ballot";
import type { VoteInput } from "../../../src/core/model";
import type { Problem } from "../../../src/core/problem";
import type { BallotRules } from "../../../src/core/profile/types";

const LOCATION = { sheet: "Bỏ phiếu", cell: "C4" };

function vote(counts: Partial<VoteInput> = {}): VoteInput {
  return {
    unitId: "hlhpn",
    awardId: "co-tinh",
    inFavour: 8,
    ballotsIssued: 9,
    ballotsValid: 9,
    membersPresent: 9,
    membersTotal: 10,
    location: LOCATION,
    ...counts,
  };
}

const majorityPresent: BallotRules = {
  threshold: 0.5,
  base: "present",
  quorum: 0,
  strictlyAbove: true,
};

function codes(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.severity} ${p.code}`);
}

describe("evaluateBallot", () => {
  test("passes a ballot above the threshold of members present, with no problem", () => {
    const { outcome, problems } = evaluateBallot(vote(), majorityPresent, 0.8);
    expect(problems).toEqual([]);
    expect(outcome).toEqual({
      unitId: "hlhpn",
      awardId: "co-tinh",
      votes: 8,
      base: 9,
      share: 8 / 9,
      quorumMet: true,
      passed: true,
    });
  });

  test("takes the share of all members when the base is total", () => {
    const ofAll: BallotRules = { ...majorityPresent, base: "total", strictlyAbove: false };
    expect(evaluateBallot(vote(), ofAll, 0.8).outcome).toMatchObject({
      base: 10,
      share: 0.8,
      passed: true,
    });
    expect(evaluateBallot(vote(), { ...ofAll, strictlyAbove: true }, 0.8).outcome.passed).toBe(
      false
    );
    expect(evaluateBallot(vote({ inFavour: 7 }), ofAll, 0.8).outcome.passed).toBe(false);
  });

  test("uses the award's threshold and the profile's strictness", () => {
    expect(
      evaluateBallot(
        vote({ inFavour: 5, membersPresent: 10, ballotsIssued: 10, ballotsValid: 10 }),
        majorityPresent,
        0.5
      ).outcome.passed
    ).toBe(false);
    expect(
      evaluateBallot(
        vote({ inFavour: 5, membersPresent: 10, ballotsIssued: 10, ballotsValid: 10 }),
        { ...majorityPresent, strictlyAbove: false },
        0.5
      ).outcome.passed
    ).toBe(true);
  });

  test("stands in the ballots issued, then the valid ballots, for missing members present", () => {
    const issued = evaluateBallot(vote({ membersPresent: undefined }), majorityPresent, 0.5);
    expect(issued.problems).toEqual([]);
    expect(issued.outcome).toMatchObject({ base: 9, passed: true });
    const valid = evaluateBallot(
      vote({ membersPresent: undefined, ballotsIssued: undefined, ballotsValid: 8 }),
      majorityPresent,
      0.5
    );
    expect(valid.outcome).toMatchObject({ base: 8, share: 1, passed: true });
  });

  test("fails with a vote.missing warning when no base can be found", () => {
    const { outcome, problems } = evaluateBallot(
      vote({ membersPresent: undefined, ballotsIssued: undefined, ballotsValid: undefined }),
      majorityPresent,
      0.5
    );
    expect(outcome).toMatchObject({ votes: 8, base: 0, share: 0, passed: false });
    expect(codes(problems)).toEqual(["warning vote.missing"]);
    expect(problems[0]).toMatchObject({ unitId: "hlhpn", location: LOCATION });
    expect(problems[0]!.message.vi).toContain("thiếu số thành viên có mặt");
  });

  test("does not stand in anything for a missing total when the base is all members", () => {
    const { outcome, problems } = evaluateBallot(
      vote({ membersTotal: undefined }),
      { ...majorityPresent, base: "total" },
      0.5
    );
    expect(outcome).toMatchObject({ base: 0, passed: false });
    expect(codes(problems)).toEqual(["warning vote.missing"]);
    expect(problems[0]!.message.en).toContain("members in total is missing");
  });

  describe("the quorum", () => {
    const twoThirds: BallotRules = { ...majorityPresent, quorum: 2 / 3 };

    test("is met when enough members are present", () => {
      const { outcome, problems } = evaluateBallot(vote(), twoThirds, 0.5);
      expect(outcome).toMatchObject({ quorumMet: true, passed: true });
      expect(problems).toEqual([]);
    });

    test("is met at exactly the quorum", () => {
      expect(
        evaluateBallot(
          vote({
            membersPresent: 6,
            membersTotal: 9,
            ballotsIssued: 6,
            ballotsValid: 6,
            inFavour: 6,
          }),
          twoThirds,
          0.5
        ).outcome.quorumMet
      ).toBe(true);
    });

    test("fails the ballot with a warning when too few members are present", () => {
      const { outcome, problems } = evaluateBallot(
        vote({
          membersPresent: 4,
          ballotsIssued: 4,
          ballotsValid: 4,
          inFavour: 4,
          membersTotal: 9,
        }),
        twoThirds,
        0.5
      );
      expect(outcome).toMatchObject({ share: 1, quorumMet: false, passed: false });
      expect(problems).toEqual([
        {
          code: "vote.noQuorum",
          severity: "warning",
          message: {
            vi: 'Phiếu bầu "co-tinh" của đơn vị "hlhpn": chỉ có 4/9 thành viên có mặt, chưa đạt tỷ lệ tối thiểu 66,7%; phiếu bầu không đạt.',
            en: 'Ballot on "co-tinh" for unit "hlhpn": only 4 of 9 members were present, short of the quorum of 66.7%; the ballot fails.',
          },
          location: LOCATION,
          unitId: "hlhpn",
        },
      ]);
    });

    test("fails the ballot with a warning when the counts to check it are missing", () => {
      const { outcome, problems } = evaluateBallot(
        vote({ membersTotal: undefined }),
        twoThirds,
        0.5
      );
      expect(outcome).toMatchObject({ quorumMet: false, passed: false });
      expect(codes(problems)).toEqual(["warning vote.noQuorum"]);
    });

    test("is always met when the profile sets none, even with no counts", () => {
      const { outcome } = evaluateBallot(vote({ membersTotal: undefined }), majorityPresent, 0.5);
      expect(outcome.quorumMet).toBe(true);
    });
  });

  describe("inconsistent counts", () => {
    test("reports votes in favour above the valid ballots, naming the count", () => {
      const { problems } = evaluateBallot(
        vote({ inFavour: 9, ballotsValid: 8 }),
        majorityPresent,
        0.5
      );
      expect(problems).toEqual([
        expect.objectContaining({
          code: "vote.aboveVoters",
          severity: "error",
          unitId: "hlhpn",
          location: LOCATION,
          message: {
            vi: 'Phiếu bầu "co-tinh" của đơn vị "hlhpn": 9 phiếu đồng ý, nhiều hơn số phiếu hợp lệ (8).',
            en: 'Ballot on "co-tinh" for unit "hlhpn": 9 votes in favour, more than the valid ballots (8).',
          },
        }),
      ]);
    });

    test("reports votes in favour above the members present or the total when ballots are not given", () => {
      const present = evaluateBallot(
        vote({ inFavour: 10, ballotsIssued: undefined, ballotsValid: undefined }),
        majorityPresent,
        0.5
      );
      expect(codes(present.problems)).toEqual(["error vote.aboveVoters"]);
      expect(present.problems[0]!.message.en).toContain("members present (9)");
      const total = evaluateBallot(
        { unitId: "x", awardId: "a", inFavour: 12, membersTotal: 10 },
        { ...majorityPresent, base: "total" },
        0.5
      );
      expect(codes(total.problems)).toEqual(["error vote.aboveVoters"]);
      expect(total.problems[0]!.message.en).toContain("members in total (10)");
    });

    test("reports more valid ballots than ballots issued", () => {
      const { problems } = evaluateBallot(
        vote({ ballotsValid: 10, ballotsIssued: 9 }),
        majorityPresent,
        0.5
      );
      expect(codes(problems)).toEqual(["error vote.inconsistent"]);
      expect(problems[0]!.message.vi).toContain(
        "số phiếu hợp lệ (10) nhiều hơn số phiếu phát ra (9)"
      );
    });

    test("reports more members present than members in total", () => {
      const { problems } = evaluateBallot(
        vote({ membersPresent: 11, ballotsIssued: 9 }),
        majorityPresent,
        0.5
      );
      expect(codes(problems)).toEqual(["error vote.inconsistent"]);
      expect(problems[0]!.message.en).toContain(
        "members present (11) are more than the members in total (10)"
      );
    });

    test("reports more ballots issued than members present", () => {
      const { problems } = evaluateBallot(
        vote({ ballotsIssued: 10, ballotsValid: 9, membersPresent: 9 }),
        majorityPresent,
        0.5
      );
      expect(codes(problems)).toEqual(["error vote.inconsistent"]);
    });

    test("reports a negative or fractional count, ignores it, and fails the ballot when it is the votes", () => {
      const negative = evaluateBallot(vote({ inFavour: -3 }), majorityPresent, 0.5);
      expect(codes(negative.problems)).toEqual(["error vote.inconsistent"]);
      expect(negative.problems[0]!.message.vi).toContain(
        "số phiếu đồng ý là -3, phải là số nguyên không âm"
      );
      expect(negative.outcome).toMatchObject({ votes: 0, share: 0, passed: false });

      const fractional = evaluateBallot(vote({ membersPresent: 8.5 }), majorityPresent, 0.5);
      expect(codes(fractional.problems)).toEqual(["error vote.inconsistent"]);
      expect(fractional.problems[0]!.message.vi).toContain("8,5");
      expect(fractional.outcome).toMatchObject({ base: 9, passed: true });
    });

    test("reports votes that are not a number", () => {
      const { outcome, problems } = evaluateBallot(vote({ inFavour: NaN }), majorityPresent, 0.5);
      expect(codes(problems)).toEqual(["error vote.inconsistent"]);
      expect(outcome.passed).toBe(false);
    });
  });

  test("reports nothing for a unanimous ballot of the seed bloc", () => {
    const unanimous: VoteInput = {
      unitId: "x",
      awardId: "a",
      inFavour: 6,
      ballotsIssued: 6,
      ballotsValid: 6,
      membersPresent: 6,
      membersTotal: 6,
    };
    const { outcome, problems } = evaluateBallot(
      unanimous,
      { threshold: 0.8, base: "total", quorum: 2 / 3, strictlyAbove: false },
      0.8
    );
    expect(problems).toEqual([]);
    expect(outcome).toMatchObject({ share: 1, quorumMet: true, passed: true });
  });

  test("gives zero votes a share of 0 and a failed ballot", () => {
    const { outcome, problems } = evaluateBallot(vote({ inFavour: 0 }), majorityPresent, 0.5);
    expect(problems).toEqual([]);
    expect(outcome).toMatchObject({ votes: 0, share: 0, passed: false });
  });
});
