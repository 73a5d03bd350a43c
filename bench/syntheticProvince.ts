/**
 * A province-scale synthetic input for benchmarks: blocs of units, each scored on many criteria,
 * with votes, conditions and years of history. Deterministic (seeded), so figures compare.
 */
import type { BlocInput, CriterionInput, UnitInput } from "../src/core/model";

export interface ProvinceShape {
  readonly blocs: number;
  readonly unitsPerBloc: number;
  readonly criteria: number;
  readonly historyYears: number;
  readonly year: number;
}

export const PROVINCE_SCALE: ProvinceShape = {
  blocs: 40,
  unitsPerBloc: 25,
  criteria: 200,
  historyYears: 10,
  year: 2025,
};

/** mulberry32: a small seeded generator, good enough for synthetic data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticProvince(
  shape: ProvinceShape,
  awardIds: readonly string[],
  seed = 2025
): BlocInput[] {
  const random = seededRandom(seed);
  const criteria: CriterionInput[] = Array.from({ length: shape.criteria }, (_, index) => ({
    id: `c${index + 1}`,
    code: `${index + 1}`,
    title: `Tiêu chí ${index + 1}`,
    group: ["I", "II", "III", "IV"][index % 4]!,
    maxPoints: 5,
    quantitative: index % 10 === 0 ? { target: 100, lowerIsBetter: index % 20 === 0 } : undefined,
  }));
  return Array.from({ length: shape.blocs }, (_, blocIndex) => {
    const units: UnitInput[] = Array.from({ length: shape.unitsPerBloc }, (_, unitIndex) => ({
      id: `khối ${blocIndex + 1} đơn vị ${unitIndex + 1}`,
      name: `Khối ${blocIndex + 1} Đơn vị ${unitIndex + 1}`,
      rotationOrder: unitIndex + 1,
      womenShare: Math.round(random() * 100) / 100,
    }));
    return {
      year: shape.year,
      blocName: `Khối thi đua số ${blocIndex + 1}`,
      units,
      criteria,
      scores: units.map((unit) => ({
        unitId: unit.id,
        criteria: criteria.map((criterion) =>
          criterion.quantitative
            ? { criterionId: criterion.id, actual: 60 + Math.round(random() * 80) }
            : { criterionId: criterion.id, bloc: 3 + Math.round(random() * 4) / 2, self: 5 }
        ),
        bonus: { bloc: Math.round(random() * 10) },
        deduction: { bloc: Math.round(random() * 4) },
      })),
      votes: units.flatMap((unit) =>
        awardIds.map((awardId) => ({
          unitId: unit.id,
          awardId,
          inFavour: 15 + Math.floor(random() * 11),
          ballotsIssued: 25,
          ballotsValid: 25,
          membersPresent: 25,
          membersTotal: 25,
        }))
      ),
      conditions: units.map((unit) => ({
        unitId: unit.id,
        disciplineLevel: random() < 0.02 ? 1 : 0,
        underInvestigation: random() < 0.01,
        pendingComplaint: false,
      })),
      awardHistory: units.flatMap((unit) =>
        Array.from({ length: shape.historyYears }, (_, back) => ({
          year: shape.year - back - 1,
          unitId: unit.id,
          awardId: random() < 0.1 ? awardIds[Math.floor(random() * awardIds.length)] : undefined,
          grade: random() < 0.7 ? ("excellent" as const) : ("good" as const),
        }))
      ),
      leaderHistory: Array.from({ length: shape.historyYears }, (_, back) => ({
        year: shape.year - back - 1,
        leaderUnitId: units[(shape.historyYears - back) % units.length]!.id,
        deputyUnitId: units[(shape.historyYears - back + 1) % units.length]!.id,
      })),
    };
  });
}
