import { evaluateBloc } from "../../src/core/evaluateBloc";
import { localized } from "../../src/core/localized";
import { problem } from "../../src/core/problem";
import { buildDocuments } from "../../src/documents/buildDocuments";
import { seedBlocInput } from "../core/fixtures/seedBloc2018";
import { documentMeta, PROFILE, seedInput, seedResult } from "./helpers/fixtures";
import { allCells, findCell, structuralFaults } from "./helpers/specCells";

const PROBLEMS = [
  problem("score.missing", "warning", localized("Thiếu điểm tự chấm", "Self score missing")),
];

describe("buildDocuments", () => {
  const args = {
    result: seedResult(),
    input: seedInput(),
    profile: PROFILE,
    meta: documentMeta(),
    problems: PROBLEMS,
  };

  it("builds every document in print order when no kind is chosen", () => {
    expect(buildDocuments(args).map((spec) => spec.kind)).toEqual([
      "dataCheck",
      "scoreSummary",
      "ballotResults",
      "nominationList",
      "leaderProposal",
    ]);
  });

  it("builds only the chosen documents, still in print order", () => {
    const specs = buildDocuments({ ...args, kinds: ["leaderProposal", "scoreSummary"] });
    expect(specs.map((spec) => spec.name)).toEqual([
      "Tổng hợp điểm 2018",
      "Đề xuất Khối trưởng 2019",
    ]);
  });

  it("builds nothing for an empty choice", () => {
    expect(buildDocuments({ ...args, kinds: [] })).toEqual([]);
  });

  it("puts the given problems in the data check", () => {
    const [check] = buildDocuments({ ...args, kinds: ["dataCheck"] });
    expect(check && findCell(check, "Thiếu điểm tự chấm").column).toBe(5);
  });

  it("gives each document a distinct, legal name and a sound structure", () => {
    const specs = buildDocuments(args);
    expect(new Set(specs.map((spec) => spec.name)).size).toBe(specs.length);
    for (const spec of specs) expect(structuralFaults(spec)).toEqual([]);
  });

  it("is deterministic: the same input gives the same documents", () => {
    expect(buildDocuments(args)).toEqual(buildDocuments(args));
  });

  it("does not change its input", () => {
    const result = seedResult();
    const before = JSON.stringify(result);
    buildDocuments({ ...args, result });
    expect(JSON.stringify(result)).toBe(before);
  });

  it("builds sound documents from the engine's own result for the seed scenario", () => {
    const input = seedBlocInput();
    const result = evaluateBloc(input, PROFILE);
    const specs = buildDocuments({
      result,
      input,
      profile: PROFILE,
      meta: documentMeta(),
      problems: result.problems,
    });
    expect(specs).toHaveLength(5);
    for (const spec of specs) expect(structuralFaults(spec)).toEqual([]);
    const nominations = specs.find((spec) => spec.kind === "nominationList");
    expect(nominations && findCell(nominations, "I. CỜ THI ĐUA CỦA CHÍNH PHỦ").column).toBe(1);
    const proposal = specs.find((spec) => spec.kind === "leaderProposal");
    expect(
      proposal &&
        allCells(proposal).some((entry) =>
          String(entry.cell.value).startsWith("Khối trưởng năm 2019: Hội Liên hiệp Phụ nữ tỉnh")
        )
    ).toBe(true);
  });
});
