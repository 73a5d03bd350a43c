import { gradeLabel } from "../core/scoring";
import type { Language } from "../core/localized";
import type { Problem } from "../core/problem";
import type { WorkbookAnalysis } from "../job/analyzeWorkbook";

/** Problems, one a line, each with its sheet and cell. */
export function formatProblems(problems: readonly Problem[], language: Language): string {
  if (problems.length === 0)
    return language === "vi" ? "Không phát hiện vấn đề nào.\n" : "No problems found.\n";
  return problems
    .map((p) => {
      const where = p.location ? `${placeOf(p)}: ` : "";
      const level =
        p.severity === "error"
          ? language === "vi"
            ? "LỖI"
            : "ERROR"
          : language === "vi"
            ? "Lưu ý"
            : "Warning";
      return `${level} ${where}${p.message[language]}`;
    })
    .join("\n")
    .concat("\n");
}

/** A short human summary: ranking, proposals and the next leader, for each bloc. */
export function formatSummary(analysis: WorkbookAnalysis, language: Language): string {
  const vi = language === "vi";
  const lines: string[] = [
    `${vi ? "Năm" : "Year"} ${analysis.year} — ${analysis.profile.name[language]}`,
  ];
  for (const { input, result } of analysis.blocs) {
    const name = (id: string | null) => input.units.find((u) => u.id === id)?.name ?? "—";
    lines.push("", input.blocName);
    for (const unit of result.units) {
      const tie = unit.tied ? (vi ? " (đồng hạng)" : " (tied)") : "";
      lines.push(
        `  ${unit.rank}${tie}. ${unit.name}: ${formatScore(unit.total, language)} — ${gradeLabel(unit.grade)[language]}`
      );
    }
    for (const award of analysis.profile.awards) {
      const units = result.nominations
        .filter((n) => n.awardId === award.id)
        .map((n) => name(n.unitId));
      if (units.length > 0) lines.push(`  ${award.name[language]}: ${units.join(", ")}`);
    }
    const rotation = result.rotation;
    lines.push(
      `  ${vi ? "Khối trưởng" : "Bloc leader"} ${rotation.year}: ${rotation.leaderUnitId ? name(rotation.leaderUnitId) : vi ? "hội nghị quyết định" : "for the meeting to decide"}` +
        (rotation.deputyUnitId
          ? `; ${vi ? "Khối phó" : "deputy"}: ${name(rotation.deputyUnitId)}`
          : "")
    );
  }
  return lines.join("\n").concat("\n");
}

/** Made once: `toLocaleString` with options builds a new formatter on every call, for each unit. */
const SCORE_FORMATS: Record<Language, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }),
};

function formatScore(value: number, language: Language): string {
  return SCORE_FORMATS[language].format(value);
}

function placeOf(p: Problem): string {
  const location = p.location!;
  return location.cell
    ? `'${location.sheet.replace(/'/g, "''")}'!${location.cell}`
    : `'${location.sheet}'`;
}
