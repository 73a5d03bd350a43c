import { localized, type Language, type Localized } from "../core/localized";
import type { DocumentKind } from "./sheetSpec";

const NAMES: Readonly<Record<DocumentKind, Localized>> = {
  dataCheck: localized("Kiểm tra dữ liệu", "Data check"),
  scoreSummary: localized("Tổng hợp điểm", "Score summary"),
  ballotResults: localized("Kết quả bỏ phiếu", "Ballot results"),
  nominationList: localized("Đề nghị khen thưởng", "Nominations"),
  leaderProposal: localized("Đề xuất Khối trưởng", "Leader proposal"),
};

/** Excel's limit on a sheet name's length. */
const MAX_LENGTH = 31;

/**
 * The name of a document's sheet: what it holds and the year, e.g. "Tổng hợp điểm 2018". `year`
 * is the review year; the leader proposal names the year it is for, the next one ("Đề xuất Khối
 * trưởng 2019"). At most 31 characters, none of : \ / ? * [ ] (Excel's rules).
 */
export function documentSheetName(kind: DocumentKind, year: number, language: Language): string {
  const shownYear = kind === "leaderProposal" ? year + 1 : year;
  const suffix = ` ${String(shownYear).replace(/[:\\/?*[\]]/g, "")}`.slice(0, 10);
  const base = NAMES[kind][language].slice(0, MAX_LENGTH - suffix.length);
  return `${base}${suffix}`.replace(/[:\\/?*[\]]/g, "").trim();
}
