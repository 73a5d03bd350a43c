import type { Language, Localized } from "../core/localized";

/** Every text the pane shows, by message id, in Vietnamese (the default) and English. */
export const STRINGS = {
  appTitle: { vi: "Thi Đua", en: "Thi Đua" },
  english: { vi: "English", en: "English" },
  steps: { vi: "Các bước", en: "Steps" },
  stepData: { vi: "Dữ liệu", en: "Data" },
  stepRules: { vi: "Quy tắc", en: "Rules" },
  stepResults: { vi: "Kết quả", en: "Results" },
  stepPrint: { vi: "In", en: "Print" },

  // Start screen (outside Excel)
  startTitle: { vi: "Mở sổ thi đua", en: "Open an emulation workbook" },
  startIntro: {
    vi: "Mở sổ theo dõi thi đua của khối (.xlsx) để kiểm tra dữ liệu, xếp hạng, đề xuất khen thưởng và lập các trang in. Tệp chỉ được xử lý trên máy này.",
    en: "Open the bloc's emulation workbook (.xlsx) to check the data, rank the units, propose awards and prepare the printable sheets. The file stays on this computer.",
  },
  openFile: { vi: "Mở tệp .xlsx", en: "Open an .xlsx file" },
  useSample: { vi: "Dùng sổ mẫu (khối năm 2018)", en: "Use the sample workbook (2018 bloc)" },
  openedFile: { vi: "Đang mở:", en: "Open:" },
  sampleUnavailable: {
    vi: "Không tải được sổ mẫu từ trang này.",
    en: "The sample workbook could not be loaded from this page.",
  },
  unreadableFile: { vi: "Không đọc được tệp đã chọn.", en: "The chosen file cannot be read." },

  // Status
  reading: { vi: "Đang đọc sổ…", en: "Reading the workbook…" },
  rereading: { vi: "Đang đọc lại dữ liệu…", en: "Reading the data again…" },
  building: { vi: "Đang lập các trang in…", en: "Preparing the sheets…" },
  writing: {
    vi: "Đang ghi vào sổ (không hủy được nữa)…",
    en: "Writing to the workbook (can no longer be cancelled)…",
  },
  saving: { vi: "Đang lưu vào sổ…", en: "Saving in the workbook…" },
  cancel: { vi: "Hủy", en: "Cancel" },
  cancelled: {
    vi: "Đã hủy trước khi ghi: sổ không thay đổi gì.",
    en: "Cancelled before writing: nothing in the workbook changed.",
  },
  coauthorChanged: {
    vi: "Một người cùng sửa đã thay đổi dữ liệu từ lần đọc trước. Chưa tạo trang in nào: hãy đọc lại và xem lại kết quả.",
    en: "A co-author changed the data since it was read. No sheet was generated: refresh and review the result.",
  },
  clashes: {
    vi: "Sổ đã có trang của người dùng trùng tên; Thi Đua không ghi đè trang của người dùng. Hãy đổi tên các trang:",
    en: "The workbook already has sheets of its own with these names; Thi Đua never writes over a user's sheet. Rename:",
  },

  // Data step
  dataTitle: { vi: "Dữ liệu đã đọc", en: "Data read" },
  refresh: { vi: "Đọc lại", en: "Refresh" },
  emptyWorkbook: {
    vi: "Sổ chưa có dữ liệu: không trang tính nào có bảng. Hãy nhập danh sách đơn vị và bảng chấm điểm rồi bấm Đọc lại.",
    en: "The workbook has no data: no sheet holds a table. Enter the unit list and the scoring table, then Refresh.",
  },
  missingScores: {
    vi: "Chưa có bảng chấm điểm: cần một bảng có “Tiêu chí” và “Điểm chuẩn” (hoặc “Đơn vị” và các cột điểm) để xếp hạng.",
    en: "The scoring table is missing: a table with “Criterion” and “Max points” (or “Unit” and score columns) is needed to rank the units.",
  },
  missingUnits: {
    vi: "Chưa có danh sách đơn vị: cần một bảng có cột “Tên đơn vị”.",
    en: "The unit list is missing: a table with a “Unit name” column is needed.",
  },
  tablesFound: { vi: "Các bảng tìm thấy", en: "Tables found" },
  sheet: { vi: "Trang", en: "Sheet" },
  headerRow: { vi: "Dòng tiêu đề", en: "Header row" },
  dataRows: { vi: "Dòng dữ liệu", en: "Data rows" },
  confidence: { vi: "Độ tin cậy", en: "Confidence" },
  columnNone: { vi: "(không có)", en: "(none)" },
  unitsInColumns: { vi: "Các đơn vị theo cột", en: "Units by column" },
  criteriaInColumns: { vi: "Các nhóm điểm theo cột", en: "Score columns" },
  mappingChanged: {
    vi: "Cách đọc bảng đã đổi (chưa lưu vào sổ).",
    en: "The table mapping changed (not yet saved in the workbook).",
  },
  saveMapping: { vi: "Lưu cách đọc vào sổ", en: "Save the mapping in the workbook" },
  firstDataRow: { vi: "Dòng dữ liệu đầu tiên", en: "First data row" },
  lastDataRow: { vi: "Dòng dữ liệu cuối cùng", en: "Last data row" },
  rowsAllowed: { vi: "Trong khoảng", en: "Between" },
  applyRows: { vi: "Áp dụng dòng dữ liệu", en: "Apply the data rows" },
  notThisTable: { vi: "Không phải bảng này", en: "Not this table" },
  tableRemoved: { vi: "Đã bỏ bảng", en: "Removed the table" },
  tableSheets: { vi: "Trang chứa từng bảng", en: "Which sheet holds each table" },
  tableSheetsHint: {
    vi: "Nếu Thi Đua đọc nhầm hoặc chưa tìm thấy một bảng, hãy chọn trang chứa bảng đó.",
    en: "If Thi Đua misread a table or did not find it, choose the sheet that holds it.",
  },
  notFound: { vi: "(chưa tìm thấy)", en: "(not found)" },
  chooseSheetHint: {
    vi: "Nếu sổ có bảng này, hãy chọn trang chứa nó ở mục “Trang chứa từng bảng”.",
    en: "If the workbook holds it, choose its sheet under “Which sheet holds each table”.",
  },
  problems: { vi: "Vấn đề trong dữ liệu", en: "Problems in the data" },
  noProblems: { vi: "Không phát hiện vấn đề nào.", en: "No problem found." },
  error: { vi: "Lỗi", en: "Error" },
  warning: { vi: "Lưu ý", en: "Warning" },
  goToCell: { vi: "Chọn ô", en: "Select the cell" },

  // Rules step
  rulesTitle: { vi: "Quy tắc xét thi đua", en: "Emulation rules" },
  preset: { vi: "Bộ quy tắc", en: "Rule profile" },
  edited: { vi: "đã chỉnh", en: "edited" },
  sourceWorkbook: {
    vi: "Đang dùng bộ quy tắc lưu trong sổ.",
    en: "Using the rules stored in the workbook.",
  },
  sourcePreset: {
    vi: "Sổ chưa lưu quy tắc: đang dùng bộ mặc định.",
    en: "The workbook stores no rules: the default profile is used.",
  },
  sourceUnsaved: {
    vi: "Quy tắc đã đổi, chưa lưu vào sổ.",
    en: "The rules changed and are not yet saved in the workbook.",
  },
  summary: { vi: "Tóm tắt", en: "Summary" },
  settings: { vi: "Điều chỉnh", en: "Settings" },
  saveRules: { vi: "Lưu vào sổ", en: "Save in workbook" },
  rulesSaved: {
    vi: "Đã lưu quy tắc và cách đọc bảng vào trang ThiDua_CauHinh.",
    en: "The rules and the table mapping were saved in the sheet ThiDua_CauHinh.",
  },
  invalidRules: {
    vi: "Thay đổi chưa được áp dụng vì quy tắc không hợp lệ:",
    en: "The change is not applied because the rules are not valid:",
  },
  notANumber: { vi: "Hãy nhập một số.", en: "Enter a number." },
  scoringSection: { vi: "Chấm điểm và xếp loại", en: "Scoring and grades" },
  ballotSection: { vi: "Bỏ phiếu", en: "Ballot" },
  maxTotal: { vi: "Thang điểm tối đa", en: "Maximum total" },
  bonusCap: {
    vi: "Điểm thưởng tối đa (để trống: không giới hạn)",
    en: "Bonus cap (empty: no cap)",
  },
  countingScore: { vi: "Điểm được tính", en: "Score that counts" },
  countingBloc: { vi: "Điểm khối chấm", en: "The bloc's score" },
  countingSelf: { vi: "Điểm tự chấm", en: "The self score" },
  countingAverage: { vi: "Trung bình tự chấm và khối chấm", en: "Mean of self and bloc scores" },
  gradeFrom: { vi: "Điểm tối thiểu:", en: "Minimum score:" },
  ballotThreshold: { vi: "Ngưỡng phiếu đạt (%)", en: "Passing share (%)" },
  ballotBase: { vi: "Tính trên", en: "Share of" },
  basePresent: { vi: "Số thành viên có mặt", en: "Members present" },
  baseTotal: { vi: "Tổng số thành viên", en: "All members" },
  quorum: { vi: "Số có mặt tối thiểu (% thành viên)", en: "Quorum (% of members)" },
  quota: { vi: "Chỉ tiêu (số đơn vị)", en: "Quota (units)" },
  quotaPercent: { vi: "Chỉ tiêu (% số đơn vị)", en: "Quota (% of units)" },
  quotaUnlimited: { vi: "Chỉ tiêu: không giới hạn", en: "Quota: unlimited" },
  bestRank: {
    vi: "Hạng thấp nhất được xét (để trống: mọi hạng)",
    en: "Lowest rank allowed (empty: any)",
  },
  minGrade: { vi: "Xếp loại tối thiểu", en: "Minimum grade" },
  anyGrade: { vi: "Không yêu cầu", en: "Any" },
  voteThreshold: {
    vi: "Ngưỡng phiếu (%) (để trống: không bỏ phiếu)",
    en: "Vote threshold (%) (empty: no vote)",
  },

  // Results step
  resultsTitle: { vi: "Kết quả năm", en: "Results for" },
  blocked: {
    vi: "Dữ liệu có lỗi chặn kết quả: chưa xếp hạng, chưa đề xuất khen thưởng. Hãy sửa các lỗi dưới đây trong sổ rồi bấm Đọc lại.",
    en: "The data has errors that block the result: nothing is ranked or proposed. Fix the errors below in the workbook, then Refresh.",
  },
  ranking: { vi: "Xếp hạng", en: "Ranking" },
  rank: { vi: "Hạng", en: "Rank" },
  unit: { vi: "Đơn vị", en: "Unit" },
  total: { vi: "Tổng điểm", en: "Total" },
  grade: { vi: "Xếp loại", en: "Grade" },
  tied: { vi: "đồng hạng", en: "tied" },
  tiesNote: {
    vi: "Các đơn vị đồng hạng sau mọi tiêu chí phụ: chủ trì hội nghị quyết định.",
    en: "Units still tied after every tie-break: the chair decides.",
  },
  ballots: { vi: "Kết quả bỏ phiếu", en: "Ballot results" },
  noBallots: { vi: "Không có phiếu bầu nào trong sổ.", en: "The workbook holds no ballot." },
  award: { vi: "Hình thức", en: "Award" },
  votes: { vi: "Số phiếu", en: "Votes" },
  outcome: { vi: "Kết quả", en: "Outcome" },
  passed: { vi: "Đạt", en: "Passed" },
  failed: { vi: "Không đạt", en: "Failed" },
  noQuorum: { vi: "Không đủ số có mặt", en: "No quorum" },
  proposals: { vi: "Đề nghị khen thưởng", en: "Proposed awards" },
  proposalAndReasons: { vi: "Đề nghị và lý do", en: "Proposal and reasons" },
  reasons: { vi: "Lý do", en: "Reasons" },
  notProposed: { vi: "Không đề nghị", en: "Not proposed" },
  leaderTitle: { vi: "Khối trưởng, Khối phó năm", en: "Bloc leader and deputy for" },
  leader: { vi: "Khối trưởng", en: "Bloc leader" },
  deputy: { vi: "Khối phó", en: "Deputy" },
  forMeeting: { vi: "Hội nghị quyết định", en: "For the meeting to decide" },
  tiedCandidates: { vi: "Đồng hạng, hội nghị chọn:", en: "Tied, for the meeting to choose:" },
  alternatives: { vi: "Các phương án khác", en: "Alternatives" },

  // Print step
  printTitle: { vi: "Tạo trang in", en: "Generate printable sheets" },
  documents: { vi: "Các văn bản", en: "Documents" },
  onlyDataCheck: {
    vi: "Dữ liệu còn lỗi chặn kết quả: chỉ tạo được trang Kiểm tra dữ liệu.",
    en: "The data has errors that block the result: only the data check can be generated.",
  },
  header: { vi: "Thể thức văn bản", en: "Header and signature" },
  agency: { vi: "Cơ quan ban hành", en: "Issuing body" },
  place: { vi: "Địa danh", en: "Place" },
  date: { vi: "Ngày ký (ngày/tháng/năm)", en: "Date (day/month/year)" },
  badDate: { vi: "Hãy nhập ngày dạng 10/12/2025.", en: "Enter a date like 10/12/2025." },
  number: { vi: "Số văn bản", en: "Document number" },
  signerName: { vi: "Họ tên người ký", en: "Signer's name" },
  signerTitle: { vi: "Chức danh người ký", en: "Signer's title" },
  generate: { vi: "Tạo trang in", en: "Generate sheets" },
  chooseOne: { vi: "Hãy chọn ít nhất một văn bản.", en: "Choose at least one document." },
  generated: { vi: "Đã tạo các trang:", en: "Sheets generated:" },
  download: { vi: "Tải về sổ kết quả", en: "Download the result" },
  confirmReplaceTitle: { vi: "Thay thế trang đã bị sửa?", en: "Replace edited sheets?" },
  confirmReplace: {
    vi: "Các trang sau do Thi Đua tạo đã bị sửa sau khi tạo. Tạo lại sẽ thay thế chúng và mất các chỗ sửa đó:",
    en: "These sheets made by Thi Đua were edited after they were generated. Generating again replaces them and loses those edits:",
  },
  replace: { vi: "Thay thế", en: "Replace" },
} satisfies Record<string, Localized>;

export type MessageId = keyof typeof STRINGS;

/** The text of a message in the pane's language. */
export function say(id: MessageId, language: Language): string {
  return STRINGS[id][language];
}
