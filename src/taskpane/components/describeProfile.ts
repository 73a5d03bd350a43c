import type { Language } from "../../core/localized";
import type { GradeId, RuleProfile } from "../../core/profile/types";

function percent(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10}%`;
}

/** The profile's settings as plain sentences, for the clerk and the chair to read. */
export function describeProfile(
  profile: RuleProfile,
  language: Language,
  gradeName: (grade: GradeId) => string
): string[] {
  const vi = language === "vi";
  const { scoring, grades, ballot, rotation } = profile;
  const counting = {
    bloc: vi ? "điểm khối chấm" : "the bloc's score",
    self: vi ? "điểm tự chấm" : "the self score",
    average: vi ? "trung bình tự chấm và khối chấm" : "the mean of self and bloc scores",
  }[scoring.countingScore];
  const lines = [
    vi
      ? `Thang điểm ${scoring.maxTotal}; tính ${counting}; điểm thưởng tối đa ${scoring.bonusCap ?? "không giới hạn"}, điểm trừ tối đa ${scoring.deductionCap ?? "không giới hạn"}.`
      : `Maximum ${scoring.maxTotal}; counts ${counting}; bonus capped at ${scoring.bonusCap ?? "no cap"}, deductions at ${scoring.deductionCap ?? "no cap"}.`,
    vi
      ? `Xếp loại: ${gradeName("excellent")} từ ${grades.excellent}; ${gradeName("good")} từ ${grades.good}; ${gradeName("pass")} từ ${grades.pass}.`
      : `Grades: ${gradeName("excellent")} from ${grades.excellent}; ${gradeName("good")} from ${grades.good}; ${gradeName("pass")} from ${grades.pass}.`,
    vi
      ? `Bỏ phiếu: đạt khi ${ballot.strictlyAbove ? "trên" : "từ"} ${percent(ballot.threshold)} ${ballot.base === "present" ? "số thành viên có mặt" : "tổng số thành viên"}; cần ${percent(ballot.quorum)} thành viên có mặt.`
      : `Ballot: passes with ${ballot.strictlyAbove ? "more than" : "at least"} ${percent(ballot.threshold)} of ${ballot.base === "present" ? "members present" : "all members"}; quorum ${percent(ballot.quorum)}.`,
  ];
  for (const award of profile.awards) {
    const quota =
      award.quota.kind === "count"
        ? `${award.quota.count}`
        : award.quota.kind === "percent"
          ? `${award.quota.percent}%`
          : vi
            ? "không giới hạn"
            : "unlimited";
    lines.push(
      vi
        ? `${award.name.vi}: chỉ tiêu ${quota}${award.bestRank ? `, hạng ${award.bestRank} trở lên` : ""}${award.minGrade ? `, từ ${gradeName(award.minGrade)}` : ""}${award.voteThreshold !== null ? `, ngưỡng phiếu ${percent(award.voteThreshold)}` : ""}.`
        : `${award.name.en}: quota ${quota}${award.bestRank ? `, rank ${award.bestRank} or better` : ""}${award.minGrade ? `, at least ${gradeName(award.minGrade)}` : ""}${award.voteThreshold !== null ? `, vote threshold ${percent(award.voteThreshold)}` : ""}.`
    );
  }
  const mode = {
    highestNotRecent: vi
      ? `đơn vị hạng cao nhất chưa làm Khối trưởng trong ${rotation.lookbackYears} năm gần nhất`
      : `the highest-ranked unit that has not led in the last ${rotation.lookbackYears} years`,
    fixedOrder: vi ? "luân phiên theo thứ tự cố định" : "a fixed rotation order",
    deputySucceeds: vi ? "Khối phó năm nay làm Khối trưởng" : "this year's deputy leads",
  }[rotation.mode];
  lines.push(vi ? `Khối trưởng năm sau: ${mode}.` : `Next year's leader: ${mode}.`);
  return lines;
}
