/** The tables the secretariat keeps (SPEC §4). */
export type TableKind =
  "units" | "scores" | "votes" | "conditions" | "awardHistory" | "leaderHistory";

export const TABLE_KINDS: readonly TableKind[] = [
  "units",
  "scores",
  "votes",
  "conditions",
  "awardHistory",
  "leaderHistory",
];

/** A column a table may have, with the header labels that name it (any case, with or without diacritics). */
export interface FieldDefinition {
  readonly id: string;
  readonly synonyms: readonly string[];
  /** A table of this kind is recognised by its key fields (see `TableKindDefinition.keys`). */
  readonly key?: boolean;
}

export interface TableKindDefinition {
  readonly kind: TableKind;
  /** Field ids that must all be found, each alternative list needing at least one. */
  readonly keys: readonly (readonly string[])[];
  readonly fields: readonly FieldDefinition[];
}

const STT = ["STT", "TT", "Số TT", "Số thứ tự", "Thứ tự số", "No.", "No", "#", "Nr"];
const UNIT = [
  "Tên đơn vị",
  "Đơn vị",
  "Tên cơ quan, đơn vị",
  "Cơ quan, đơn vị",
  "Tên cơ quan",
  "Cơ quan",
  "Tên tập thể",
  "Tập thể",
  "Tên",
  "Unit",
  "Unit name",
  "Name",
  "Organisation",
  "Organization",
];
const NOTES = ["Ghi chú", "Chú thích", "Notes", "Note", "Remarks", "Comment", "Comments"];
const YEAR = ["Năm", "Năm khen thưởng", "Year"];
const AWARD = [
  "Hình thức khen thưởng",
  "Hình thức đề nghị khen thưởng",
  "Hình thức đề nghị",
  "Hình thức khen",
  "Danh hiệu",
  "Danh hiệu thi đua",
  "Danh hiệu đề nghị",
  "Khen thưởng",
  "Award",
  "Proposed award",
  "Award or grade",
];

const DEFINITIONS: Readonly<Record<TableKind, TableKindDefinition>> = {
  units: {
    kind: "units",
    keys: [["name"]],
    fields: [
      { id: "stt", synonyms: STT },
      { id: "name", synonyms: UNIT, key: true },
      {
        id: "shortName",
        synonyms: [
          "Tên viết tắt",
          "Viết tắt",
          "Tên gọi tắt",
          "Tên tắt",
          "Short name",
          "Abbreviation",
        ],
      },
      {
        id: "rotationOrder",
        synonyms: ["Thứ tự luân phiên", "Luân phiên", "Thứ tự", "Rotation order", "Rotation"],
      },
      {
        id: "womenShare",
        synonyms: [
          "Tỷ lệ nữ",
          "Tỉ lệ nữ",
          "% nữ",
          "Nữ %",
          "Tỷ lệ nữ %",
          "Tỷ lệ cán bộ nữ",
          "Women %",
          "% women",
          "Women share",
          "Share of women",
        ],
      },
      {
        id: "headName",
        synonyms: [
          "Người đứng đầu",
          "Thủ trưởng",
          "Thủ trưởng đơn vị",
          "Họ và tên người đứng đầu",
          "Họ và tên",
          "Họ tên",
          "Head",
          "Head of unit",
          "Head name",
        ],
      },
      {
        id: "headTitle",
        synonyms: [
          "Chức vụ",
          "Chức danh",
          "Chức vụ người đứng đầu",
          "Title",
          "Position",
          "Head title",
        ],
      },
      {
        id: "bloc",
        synonyms: [
          "Khối",
          "Khối thi đua",
          "Tên khối",
          "Cụm",
          "Cụm thi đua",
          "Bloc",
          "Bloc name",
          "Cluster",
        ],
      },
      { id: "notes", synonyms: NOTES },
    ],
  },
  scores: {
    kind: "scores",
    keys: [["criterion", "unit"]],
    fields: [
      { id: "stt", synonyms: STT },
      {
        id: "criterion",
        synonyms: [
          "Nội dung",
          "Tiêu chí",
          "Nội dung tiêu chí",
          "Nội dung thi đua",
          "Nội dung chấm điểm",
          "Tiêu chí chấm điểm",
          "Nội dung, tiêu chí",
          "Criterion",
          "Criteria",
          "Content",
        ],
        key: true,
      },
      {
        id: "maxPoints",
        synonyms: [
          "Điểm chuẩn",
          "Điểm tối đa",
          "Thang điểm",
          "Điểm chuẩn tối đa",
          "Max points",
          "Maximum points",
          "Maximum",
          "Max",
        ],
      },
      {
        id: "target",
        synonyms: ["Chỉ tiêu", "Chỉ tiêu giao", "Chỉ tiêu kế hoạch", "Kế hoạch", "Target"],
      },
      { id: "actual", synonyms: ["Thực hiện", "Kết quả thực hiện", "Actual"] },
      { id: "unit", synonyms: UNIT, key: true },
      {
        id: "self",
        synonyms: [
          "TC",
          "Tự chấm",
          "Đơn vị tự chấm",
          "Điểm tự chấm",
          "Self",
          "Self score",
          "Self assessed",
        ],
      },
      {
        id: "blocScore",
        synonyms: [
          "KC",
          "Khối chấm",
          "Điểm khối chấm",
          "Khối thẩm định",
          "Điểm thẩm định",
          "Bloc",
          "Bloc score",
        ],
      },
      { id: "bonus", synonyms: ["Điểm thưởng", "Điểm cộng", "Cộng điểm", "Bonus", "Bonus points"] },
      { id: "deduction", synonyms: ["Điểm trừ", "Trừ điểm", "Deduction", "Deductions", "Penalty"] },
      {
        id: "total",
        synonyms: [
          "Tổng điểm",
          "Tổng cộng",
          "Tổng số điểm",
          "Tổng",
          "Total",
          "Total score",
          "Total points",
        ],
      },
      { id: "rank", synonyms: ["Xếp hạng", "Thứ hạng", "Hạng", "Rank"] },
      { id: "grade", synonyms: ["Xếp loại", "Phân loại", "Grade"] },
      { id: "notes", synonyms: NOTES },
    ],
  },
  votes: {
    kind: "votes",
    keys: [["unit"], ["award"], ["inFavour"]],
    fields: [
      { id: "stt", synonyms: STT },
      { id: "unit", synonyms: UNIT, key: true },
      { id: "award", synonyms: AWARD, key: true },
      {
        id: "inFavour",
        synonyms: [
          "Số phiếu đồng ý",
          "Phiếu đồng ý",
          "Đồng ý",
          "Số phiếu tán thành",
          "Tán thành",
          "Số phiếu bầu",
          "Số phiếu",
          "Votes in favour",
          "Votes in favor",
          "In favour",
          "In favor",
          "Votes",
          "Yes",
        ],
        key: true,
      },
      {
        id: "ballotsIssued",
        synonyms: ["Số phiếu phát ra", "Phiếu phát ra", "Ballots issued", "Issued"],
      },
      {
        id: "ballotsValid",
        synonyms: ["Số phiếu hợp lệ", "Phiếu hợp lệ", "Valid ballots", "Valid"],
      },
      {
        id: "membersPresent",
        synonyms: [
          "Số thành viên có mặt",
          "Thành viên có mặt",
          "Có mặt",
          "Số có mặt",
          "Present",
          "Members present",
        ],
      },
      {
        id: "membersTotal",
        synonyms: [
          "Tổng số thành viên",
          "Số thành viên",
          "Thành viên",
          "Members",
          "Total members",
          "Members in total",
        ],
      },
      { id: "notes", synonyms: NOTES },
    ],
  },
  conditions: {
    kind: "conditions",
    keys: [["unit"], ["discipline", "investigation", "complaint"]],
    fields: [
      { id: "stt", synonyms: STT },
      { id: "unit", synonyms: UNIT, key: true },
      {
        id: "discipline",
        synonyms: [
          "Mức kỷ luật",
          "Kỷ luật",
          "Hình thức kỷ luật",
          "Discipline",
          "Discipline level",
          "Disciplinary",
        ],
        key: true,
      },
      {
        id: "investigation",
        synonyms: [
          "Thanh tra",
          "Điều tra",
          "Đang thanh tra",
          "Đang điều tra",
          "Thanh tra, kiểm tra",
          "Thanh tra, điều tra",
          "Investigation",
          "Inspection",
          "Under investigation",
        ],
        key: true,
      },
      {
        id: "complaint",
        synonyms: [
          "Khiếu nại",
          "Khiếu nại, tố cáo",
          "Đang khiếu nại",
          "Tố cáo",
          "Complaint",
          "Pending complaint",
        ],
        key: true,
      },
      { id: "notes", synonyms: NOTES },
    ],
  },
  awardHistory: {
    kind: "awardHistory",
    keys: [["year"], ["unit"], ["award", "grade"]],
    fields: [
      { id: "stt", synonyms: STT },
      { id: "year", synonyms: YEAR, key: true },
      { id: "unit", synonyms: UNIT, key: true },
      { id: "award", synonyms: AWARD, key: true },
      {
        id: "grade",
        synonyms: [
          "Xếp loại",
          "Kết quả xếp loại",
          "Xếp loại thi đua",
          "Mức độ hoàn thành nhiệm vụ",
          "Grade",
        ],
        key: true,
      },
      { id: "notes", synonyms: NOTES },
    ],
  },
  leaderHistory: {
    kind: "leaderHistory",
    keys: [["year"], ["leader"]],
    fields: [
      { id: "stt", synonyms: STT },
      { id: "year", synonyms: YEAR, key: true },
      {
        id: "leader",
        synonyms: ["Khối trưởng", "Đơn vị Khối trưởng", "Cụm trưởng", "Leader", "Bloc leader"],
        key: true,
      },
      {
        id: "deputy",
        synonyms: ["Khối phó", "Đơn vị Khối phó", "Cụm phó", "Deputy", "Deputy leader"],
      },
      { id: "bloc", synonyms: ["Khối", "Khối thi đua", "Cụm thi đua", "Bloc", "Cluster"] },
      { id: "notes", synonyms: NOTES },
    ],
  },
};

/** The fields and key fields of a table kind. */
export function tableKindDefinition(kind: TableKind): TableKindDefinition {
  return DEFINITIONS[kind];
}

/** True for the six table kinds; guards data read from a saved mapping. */
export function isTableKind(value: unknown): value is TableKind {
  return typeof value === "string" && (TABLE_KINDS as readonly string[]).includes(value);
}
