import type { Language } from "../core/localized";
import type { WorkbookAnalysis } from "../job/analyzeWorkbook";

/** The machine-readable result of `thidua check|generate --json`. */
export function resultJson(analysis: WorkbookAnalysis, language: Language) {
  const awardName = (id: string) =>
    analysis.profile.awards.find((award) => award.id === id)?.name[language] ?? id;
  const nameOf = (blocIndex: number, unitId: string | null) =>
    unitId === null
      ? null
      : (analysis.blocs[blocIndex]!.input.units.find((u) => u.id === unitId)?.name ?? unitId);
  const leaders = analysis.blocs.map((bloc, index) => ({
    bloc: bloc.input.blocName,
    year: bloc.result.rotation.year,
    unit: nameOf(index, bloc.result.rotation.leaderUnitId),
    deputy: nameOf(index, bloc.result.rotation.deputyUnitId),
    tied: bloc.result.rotation.tiedUnitIds.map((id) => nameOf(index, id)),
  }));
  return {
    year: analysis.year,
    profile: analysis.profile.id,
    blocked: analysis.blocked,
    units: analysis.blocs.flatMap((bloc) =>
      bloc.result.units.map((unit) => ({
        bloc: bloc.input.blocName,
        name: unit.name,
        total: unit.total,
        rank: unit.rank,
        tied: unit.tied,
        grade: unit.grade,
      }))
    ),
    nominations: analysis.blocs.flatMap((bloc, index) =>
      bloc.result.nominations
        .filter((nomination) => nomination.awardId !== null)
        .map((nomination) => ({
          bloc: bloc.input.blocName,
          unit: nameOf(index, nomination.unitId),
          award: nomination.awardId,
          awardName: awardName(nomination.awardId!),
        }))
    ),
    leader: leaders.length === 1 ? leaders[0]! : null,
    leaders,
    problems: analysis.problems.map((p) => ({
      code: p.code,
      severity: p.severity,
      sheet: p.location?.sheet ?? null,
      cell: p.location?.cell ?? null,
      message: p.message[language],
    })),
  };
}
