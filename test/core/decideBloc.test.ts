import fc from "fast-check";
import {
  decideBloc,
  decideLeader,
  decideNominations,
  type DecideBlocArgs,
} from "../../src/core/decideBloc";
import { nominationsOf } from "../../src/core/nomination";
import { NATIONAL_2025_PROFILE, SEED_BLOC_2018_PROFILE } from "../../src/core/profile";
import { rankUnits } from "../../src/core/ranking";
import type { Nomination } from "../../src/core/result";
import type { ScoredUnit } from "../../src/core/scoring";
import { compareVietnamese } from "../../src/core/text";

const NAMES = ["Hội Nông dân", "Hội Phụ nữ", "Tỉnh đoàn", "Ủy ban MTTQ", "Khánh Hoà", "Khánh Hòa"];

interface UnitSeed {
  readonly total: number;
  readonly inFavour: number;
  readonly present: number;
  readonly blocked: boolean;
}

const seedArbitrary: fc.Arbitrary<UnitSeed> = fc
  .record({
    total: fc.integer({ min: 0, max: 8 }).map((step) => 60 + step * 5),
    inFavour: fc.integer({ min: 0, max: 9 }),
    present: fc.integer({ min: 5, max: 9 }),
    // Now and then more votes than members present: a `vote.aboveVoters` error blocks the result.
    overVoted: fc.integer({ min: 0, max: 30 }).map((value) => value === 0),
    blocked: fc.integer({ min: 0, max: 5 }).map((value) => value === 0),
  })
  .map(({ overVoted, ...seed }) => ({
    ...seed,
    inFavour: overVoted ? seed.present + 1 : Math.min(seed.inFavour, seed.present),
  }));

function argsFor(seeds: readonly UnitSeed[], leaders: readonly number[], useSeedProfile: boolean) {
  const profile = useSeedProfile ? SEED_BLOC_2018_PROFILE : NATIONAL_2025_PROFILE;
  const ids = seeds.map((_, index) => `u${index}`);
  const scored: ScoredUnit[] = seeds.map((seed, index) => ({
    unitId: ids[index]!,
    name: `${NAMES[index % NAMES.length]!} ${Math.floor(index / NAMES.length) || ""}`.trim(),
    selfPoints: null,
    blocPoints: seed.total,
    points: seed.total,
    bonus: 0,
    deduction: 0,
    total: seed.total,
    groupPoints: {},
    grade: seed.total >= 90 ? "excellent" : seed.total >= 80 ? "good" : "pass",
  }));
  const args: DecideBlocArgs = {
    year: 2024,
    blocName: "Khối thử",
    scored,
    unitInputs: scored.map((unit, index) => ({
      id: unit.unitId,
      name: unit.name,
      rotationOrder: index + 1,
    })),
    votes: seeds.flatMap((seed, index) =>
      profile.awards.map((award) => ({
        unitId: ids[index]!,
        awardId: award.id,
        inFavour: seed.inFavour,
        membersPresent: seed.present,
        membersTotal: 9,
      }))
    ),
    conditions: seeds.map((seed, index) => ({
      unitId: ids[index]!,
      disciplineLevel: 0,
      underInvestigation: seed.blocked,
      pendingComplaint: false,
    })),
    awardHistory: [],
    leaderHistory: leaders.map((leader, back) => ({
      year: 2024 - back,
      leaderUnitId: ids[leader % ids.length]!,
    })),
    profile,
  };
  return args;
}

const blocArbitrary = fc
  .tuple(
    fc.array(seedArbitrary, { minLength: 1, maxLength: 14 }),
    fc.array(fc.nat(), { maxLength: 3 }),
    fc.boolean()
  )
  .map(([seeds, leaders, useSeedProfile]) => argsFor(seeds, leaders, useSeedProfile));

describe("decideNominations", () => {
  it("decides exactly what decideBloc decides, with the errors that block it", () => {
    fc.assert(
      fc.property(blocArbitrary, (args) => {
        const whole = decideBloc(args);
        const { awards, order, problems, blocked } = decideNominations(args);
        // By unit: tied units may come in another order, as nothing shows them.
        const byUnit = (nominations: readonly Nomination[]) =>
          JSON.parse(
            JSON.stringify([...nominations].sort((a, b) => a.unitId.localeCompare(b.unitId)))
          );
        expect(byUnit(nominationsOf(awards))).toEqual(byUnit(whole.nominations));
        expect(Array.from(order, (at) => args.scored[at]!.unitId)).toEqual(
          awards.units.map((unit) => unit.unitId)
        );
        expect(awards.units.map((unit) => unit.rank)).toEqual(whole.units.map((unit) => unit.rank));
        expect(problems).toEqual(whole.problems.filter((problem) => problem.severity === "error"));
        expect(blocked).toBe(whole.blocked);
      })
    );
  });

  it("names the units of a tie at a quota's edge in Vietnamese order, as decideBloc does", () => {
    // Four units tied for first, for a flag with one place: the chair decides between them.
    const seeds = [3, 2, 1, 0].map(() => ({ total: 95, inFavour: 9, present: 9, blocked: false }));
    const args = argsFor(seeds, [], true);
    const reversed = { ...args, scored: [...args.scored].reverse() };
    const ties = (result: { problems: readonly { code: string }[] }) =>
      JSON.stringify(result.problems.filter((problem) => problem.code === "quota.tie"));
    const words = (nominations: readonly Nomination[]) =>
      JSON.stringify([...nominations].sort((a, b) => a.unitId.localeCompare(b.unitId)));
    const whole = decideBloc(args);
    expect(ties(whole)).toContain("Hội Nông dân, Hội Phụ nữ, Tỉnh đoàn, Ủy ban MTTQ");
    for (const each of [args, reversed]) {
      expect(words(nominationsOf(decideNominations(each).awards))).toEqual(
        words(whole.nominations)
      );
    }
  });
});

describe("decideBloc with unit ballots", () => {
  /** The same bloc with each unit's one ballot given by position, for every voted award. */
  function withUnitBallots(args: DecideBlocArgs): DecideBlocArgs {
    const firstVoted = args.profile.awards.find((award) => award.voteThreshold !== null)!;
    const unitBallots = args.scored.map((unit) => {
      const vote = args.votes.find(
        (candidate) => candidate.unitId === unit.unitId && candidate.awardId === firstVoted.id
      )!;
      return {
        unitId: vote.unitId,
        inFavour: vote.inFavour,
        membersPresent: vote.membersPresent,
        membersTotal: vote.membersTotal,
      };
    });
    return { ...args, votes: [], unitBallots };
  }

  /** The votes a unit ballot stands for: one per voted award, unit by unit. */
  function votedOnly(args: DecideBlocArgs): DecideBlocArgs {
    const voted = new Set(
      args.profile.awards.filter((award) => award.voteThreshold !== null).map((award) => award.id)
    );
    return { ...args, votes: args.votes.filter((vote) => voted.has(vote.awardId)) };
  }

  it("decides as one vote per unit and voted award with the same counts", () => {
    fc.assert(
      fc.property(blocArbitrary, (args) => {
        const byVotes = decideBloc(votedOnly(args));
        const byUnit = decideBloc(withUnitBallots(args));
        const { problems: votesProblems, ...votesResult } = byVotes;
        const { problems: unitProblems, ...unitResult } = byUnit;
        expect(JSON.parse(JSON.stringify(unitResult))).toEqual(
          JSON.parse(JSON.stringify(votesResult))
        );
        // A unit ballot's problems are told once, not once per award.
        const said = (problems: typeof votesProblems) =>
          [...new Set(problems.map((problem) => `${problem.code} ${problem.unitId}`))].sort();
        expect(said(unitProblems)).toEqual(said(votesProblems));
      })
    );
  });

  it("names the unit but no award in a ballot's problem", () => {
    const seeds = [{ total: 95, inFavour: 10, present: 9, blocked: false }];
    const result = decideBloc(withUnitBallots(argsFor(seeds, [], false)));
    const messages = result.problems
      .filter((problem) => problem.code === "vote.aboveVoters")
      .map((problem) => problem.message);
    expect(messages).toEqual([
      {
        vi: 'Phiếu bầu của đơn vị "u0": 10 phiếu đồng ý, nhiều hơn số thành viên có mặt (9).',
        en: 'Ballot for unit "u0": 10 votes in favour, more than the members present (9).',
      },
    ]);
    expect(result.blocked).toBe(true);
  });

  it("tells each unit's faulty ballot, when several units give the same numbers", () => {
    // Units with equal plain ballots share one count; a faulty ballot is counted for each unit.
    const seeds = [0, 1, 2].map(() => ({ total: 95, inFavour: 10, present: 9, blocked: false }));
    const good = { total: 90, inFavour: 9, present: 9, blocked: false };
    const result = decideBloc(withUnitBallots(argsFor([...seeds, good, good], [], false)));
    const named = result.problems
      .filter((problem) => problem.code === "vote.aboveVoters")
      .map((problem) => problem.unitId);
    expect(named).toEqual(["u0", "u1", "u2"]);
    const args = argsFor([good, good], [], false);
    const voted = args.profile.awards.filter((award) => award.voteThreshold !== null).length;
    const { ballots } = decideBloc(withUnitBallots(args));
    expect(ballots).toHaveLength(2 * voted);
    for (const ballot of ballots)
      expect([ballot.votes, ballot.base, ballot.passed]).toEqual([9, 9, true]);
    expect(ballots.map((ballot) => ballot.unitId).sort()).toEqual([
      ...Array(voted).fill("u0"),
      ...Array(voted).fill("u1"),
    ]);
  });
});

describe("decideLeader", () => {
  it("proposes exactly what decideBloc proposes, alternatives left out, with the errors that block it", () => {
    fc.assert(
      fc.property(blocArbitrary, (args) => {
        const whole = decideBloc(args);
        const leader = decideLeader(args);
        expect(JSON.parse(JSON.stringify(leader))).toEqual(
          JSON.parse(
            JSON.stringify({
              rotation: { ...whole.rotation, alternatives: [] },
              problems: whole.problems.filter((problem) => problem.severity === "error"),
              blocked: whole.blocked,
            })
          )
        );
      })
    );
  });

  it("names units tied for the lead in Vietnamese order, whatever order they came in", () => {
    const seeds = [0, 1, 2, 3].map(() => ({ total: 95, inFavour: 9, present: 9, blocked: false }));
    const args = argsFor(seeds, [], false);
    const reversed = { ...args, scored: [...args.scored].reverse() };
    for (const each of [args, reversed]) {
      const { rotation } = decideLeader(each);
      expect(rotation.leaderUnitId).toBeNull();
      expect(rotation.tiedUnitIds).toEqual(["u0", "u1", "u2", "u3"]);
      expect(rotation.reasons[rotation.reasons.length - 1]!.vi).toContain(
        "Đồng hạng 1: Hội Nông dân, Hội Phụ nữ, Tỉnh đoàn, Ủy ban MTTQ"
      );
    }
  });
});

describe("decideBloc", () => {
  it("keeps a unit that any of its conditions rows blocks from the awards and the lead alike", () => {
    // u0 ranks first; its investigation row comes before a clean row for the same unit.
    const seeds = [100, 90, 80].map((total) => ({
      total,
      inFavour: 9,
      present: 9,
      blocked: false,
    }));
    const args = argsFor(seeds, [], false);
    const clean = args.conditions[0]!;
    const conditions = [{ ...clean, underInvestigation: true }, ...args.conditions];
    for (const rows of [conditions, [...conditions].reverse()]) {
      const result = decideBloc({ ...args, conditions: rows });
      const first = result.nominations.find((nomination) => nomination.unitId === "u0")!;
      expect(first.awardId).toBeNull();
      expect(first.reasons[0]!.message.en).toContain("under inspection or investigation");
      expect(result.rotation.leaderUnitId).toBe("u1");
      expect(decideLeader({ ...args, conditions: rows }).rotation.leaderUnitId).toBe("u1");
    }
    // Without the investigation row, u0 leads.
    expect(decideBloc(args).rotation.leaderUnitId).toBe("u0");
  });

  it("lists tied units by Vietnamese name, whatever order they come in", () => {
    const seeds = [0, 1, 2, 3].map(() => ({ total: 95, inFavour: 9, present: 9, blocked: false }));
    const args = argsFor(seeds, [], false);
    const reversed = { ...args, scored: [...args.scored].reverse() };
    const names = (result: ReturnType<typeof decideBloc>) => result.units.map((unit) => unit.name);
    expect(names(decideBloc(args))).toEqual([
      "Hội Nông dân",
      "Hội Phụ nữ",
      "Tỉnh đoàn",
      "Ủy ban MTTQ",
    ]);
    expect(names(decideBloc(reversed))).toEqual(names(decideBloc(args)));
    expect(decideBloc(args).units.every((unit) => unit.rank === 1 && unit.tied)).toBe(true);
  });

  it("lists units by rank, each rank's units by name, equal names in input order", () => {
    // Few totals over many units: tied groups of every size, some of more than a dozen.
    const seedsArbitrary = fc.array(
      fc.integer({ min: 0, max: 3 }).map((step) => ({
        total: 80 + step * 5,
        inFavour: 9,
        present: 9,
        blocked: false,
      })),
      { minLength: 1, maxLength: 60 }
    );
    fc.assert(
      fc.property(seedsArbitrary, (seeds) => {
        const args = argsFor(seeds, [], false);
        const result = decideBloc(args);
        const rankOf = new Map(result.units.map((unit) => [unit.unitId, unit.rank]));
        const expected = [...args.scored]
          .sort(
            (a, b) =>
              rankOf.get(a.unitId)! - rankOf.get(b.unitId)! || compareVietnamese(a.name, b.name)
          )
          .map((unit) => unit.unitId);
        expect(result.units.map((unit) => unit.unitId)).toEqual(expected);
      })
    );
  });

  it("warns once for each group of tied units, in rank order, naming them as listed", () => {
    const totals = [80, 95, 80, 70, 95, 60];
    const seeds = totals.map((total) => ({ total, inFavour: 9, present: 9, blocked: false }));
    const ties = decideBloc(argsFor(seeds, [], false)).problems.filter(
      (problem) => problem.code === "rank.tie"
    );
    expect(JSON.parse(JSON.stringify(ties))).toEqual([
      {
        code: "rank.tie",
        severity: "warning",
        message: {
          vi: "Đồng hạng 1 sau mọi tiêu chí phụ: Hội Phụ nữ, Khánh Hoà. Chủ trì hội nghị quyết định.",
          en: "Tied for rank 1 after every tie-break: Hội Phụ nữ, Khánh Hoà. The chair decides.",
        },
        unitId: "u1",
      },
      {
        code: "rank.tie",
        severity: "warning",
        message: {
          vi: "Đồng hạng 3 sau mọi tiêu chí phụ: Hội Nông dân, Tỉnh đoàn. Chủ trì hội nghị quyết định.",
          en: "Tied for rank 3 after every tie-break: Hội Nông dân, Tỉnh đoàn. The chair decides.",
        },
        unitId: "u0",
      },
    ]);
  });

  it("ranks by the shares of women and the votes of the unit inputs and votes, in any order", () => {
    const profile = NATIONAL_2025_PROFILE;
    const award = profile.awards[0]!.id;
    const unitArbitrary = fc.record({
      id: fc.constantFrom("a", "b", "c", "d", "e", "f"),
      total: fc.constantFrom(90, 95),
    });
    const inputArbitrary = fc.record({
      id: fc.constantFrom("a", "b", "c", "d", "e", "f", "g"),
      womenShare: fc.option(fc.constantFrom(0.5, 0.8), { nil: undefined }),
    });
    const voteArbitrary = fc.record({
      unitId: fc.constantFrom("a", "b", "c", "d", "e", "f", "g"),
      inFavour: fc.integer({ min: 0, max: 9 }),
    });
    fc.assert(
      fc.property(
        fc.array(unitArbitrary, { minLength: 1, maxLength: 8 }),
        fc.array(inputArbitrary, { maxLength: 8 }),
        fc.array(voteArbitrary, { maxLength: 8 }),
        (units, inputs, votes) => {
          const scored: ScoredUnit[] = units.map(({ id, total }) => ({
            unitId: id,
            name: id,
            selfPoints: null,
            blocPoints: total,
            points: total,
            bonus: 0,
            deduction: 0,
            total,
            groupPoints: {},
            grade: "excellent",
          }));
          const result = decideBloc({
            year: 2024,
            blocName: "",
            scored,
            unitInputs: inputs.map(({ id, womenShare }) =>
              womenShare === undefined ? { id, name: id } : { id, name: id, womenShare }
            ),
            votes: votes.map(({ unitId, inFavour }) => ({
              unitId,
              awardId: award,
              inFavour,
              membersPresent: 9,
              membersTotal: 9,
            })),
            conditions: [],
            awardHistory: [],
            leaderHistory: [],
            profile,
          });
          // The last input and the last vote of an id count.
          const shareOf = new Map<string, number | undefined>(
            inputs.map((input) => [input.id, input.womenShare])
          );
          const votesOf = new Map<string, number>(
            votes.map((vote) => [vote.unitId, vote.inFavour])
          );
          const expected = rankUnits(
            scored.map((unit) => {
              const share = shareOf.get(unit.unitId);
              const inFavour = votesOf.get(unit.unitId);
              return {
                ...unit,
                ...(share === undefined ? {} : { womenShare: share }),
                votesByAward: inFavour === undefined ? {} : { [award]: inFavour },
              };
            }),
            profile.ranking.tieBreaks,
            award
          );
          const ranks = (list: readonly { unitId: string; rank: number; tied: boolean }[]) =>
            list.map(({ unitId, rank, tied }) => `${unitId} ${rank} ${tied}`).sort();
          expect(ranks(result.units)).toEqual(ranks(expected));
        }
      )
    );
  });
});
