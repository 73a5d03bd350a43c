import type { Language } from "../../core/localized";
import type { AwardRule, RuleProfile } from "../../core/profile/types";
import { gradeLabel } from "../../core/scoring";

function percent(fraction: number, language: Language): string {
  const shown = Math.round(fraction * 1000) / 10;
  return `${language === "vi" ? String(shown).replace(".", ",") : shown}%`;
}

function quotaText(award: AwardRule, language: Language): string {
  const vi = language === "vi";
  switch (award.quota.kind) {
    case "count":
      return vi ? `tối đa ${award.quota.count} đơn vị` : `at most ${award.quota.count} units`;
    case "percent":
      return vi
        ? `tối đa ${award.quota.percent}% số đơn vị`
        : `at most ${award.quota.percent}% of the units`;
    case "unlimited":
      return vi ? "không giới hạn số lượng" : "no quota";
  }
}

function awardLine(award: AwardRule, language: Language): string {
  const vi = language === "vi";
  const parts = [quotaText(award, language)];
  if (award.bestRank !== null) {
    parts.push(
      award.bestRank === 1
        ? vi
          ? "chỉ đơn vị dẫn đầu khối"
          : "only the bloc's leading unit"
        : vi
          ? `xếp hạng ${award.bestRank} trở lên`
          : `ranked ${award.bestRank} or better`
    );
  }
  if (award.minGrade !== null) {
    parts.push(
      `${vi ? "xếp loại từ" : "graded at least"} “${gradeLabel(award.minGrade)[language]}”`
    );
  }
  if (award.minScore !== null)
    parts.push(vi ? `từ ${award.minScore} điểm` : `at least ${award.minScore} points`);
  if (award.voteThreshold !== null) {
    parts.push(
      vi
        ? `được ${percent(award.voteThreshold, language)} phiếu đồng ý trở lên`
        : `${percent(award.voteThreshold, language)} of votes or more`
    );
  }
  return `${award.name[language]}: ${parts.join("; ")}.`;
}

/** The profile's settings as plain sentences, for the clerk and the chair to read. */
export function describeProfile(profile: RuleProfile, language: Language): string[] {
  const vi = language === "vi";
  const { scoring, grades, ballot, rotation } = profile;
  const counting = {
    bloc: vi ? "điểm do khối chấm" : "the score given by the bloc",
    self: vi ? "điểm đơn vị tự chấm" : "the unit's own score",
    average: vi ? "trung bình điểm tự chấm và khối chấm" : "the mean of the self and bloc scores",
  }[scoring.countingScore];
  const noCap = vi ? "không giới hạn" : "no cap";
  const base =
    ballot.base === "present"
      ? vi
        ? "số thành viên có mặt"
        : "the members present"
      : vi
        ? "tổng số thành viên"
        : "all members";
  const rotationText = {
    highestNotRecent: vi
      ? `đơn vị xếp hạng cao nhất chưa làm Khối trưởng trong ${rotation.lookbackYears} năm gần nhất`
      : `the highest-ranked unit that has not led in the last ${rotation.lookbackYears} years`,
    fixedOrder: vi
      ? "đơn vị kế tiếp theo thứ tự luân phiên"
      : "the next unit in the rotation order",
    deputySucceeds: vi ? "Khối phó năm nay làm Khối trưởng" : "this year's deputy becomes leader",
  }[rotation.mode];
  return [
    vi
      ? `Thang điểm ${scoring.maxTotal}; tính theo ${counting}; điểm thưởng tối đa ${scoring.bonusCap ?? noCap}; điểm trừ tối đa ${scoring.deductionCap ?? noCap}.`
      : `Scale of ${scoring.maxTotal}; ${counting} counts; bonus capped at ${scoring.bonusCap ?? noCap}; deductions at ${scoring.deductionCap ?? noCap}.`,
    vi
      ? `Xếp loại: “${gradeLabel("excellent").vi}” từ ${grades.excellent} điểm; “${gradeLabel("good").vi}” từ ${grades.good}; “${gradeLabel("pass").vi}” từ ${grades.pass}; dưới ${grades.pass} là “${gradeLabel("fail").vi}”.`
      : `Grades: “${gradeLabel("excellent").en}” from ${grades.excellent} points; “${gradeLabel("good").en}” from ${grades.good}; “${gradeLabel("pass").en}” from ${grades.pass}; below ${grades.pass} “${gradeLabel("fail").en}”.`,
    vi
      ? `Bỏ phiếu: đạt khi ${ballot.strictlyAbove ? "trên" : "từ"} ${percent(ballot.threshold, language)} ${base} đồng ý; cần ít nhất ${percent(ballot.quorum, language)} thành viên có mặt.`
      : `Ballot: passes with ${ballot.strictlyAbove ? "more than" : "at least"} ${percent(ballot.threshold, language)} of ${base} in favour; at least ${percent(ballot.quorum, language)} of members must be present.`,
    ...profile.awards.map((award) => awardLine(award, language)),
    vi
      ? `Mỗi đơn vị chỉ được đề nghị một hình thức khen thưởng trong năm.`
      : `Each unit is proposed for one award a year at most.`,
    vi
      ? `Khối trưởng năm sau: ${rotationText}${rotation.chooseDeputy ? "; có chọn Khối phó" : ""}.`
      : `Next year's leader: ${rotationText}${rotation.chooseDeputy ? "; a deputy is chosen" : ""}.`,
  ];
}
