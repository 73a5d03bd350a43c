import type * as Functions from "./functions";

/** The Vietnamese description of one function and of each of its parameters, by name. */
export interface FunctionTextsVi {
  readonly description: string;
  readonly parameters: Readonly<Record<string, string>>;
}

/** A custom function's id: its name in functions.ts, in capitals (as its @customfunction tag). */
export type FunctionId = Uppercase<keyof typeof Functions>;

/**
 * Vietnamese texts for Excel in Vietnamese: the build merges them into the metadata generated
 * from the JSDoc of functions.ts and writes functions-vi.json (the manifest's vi-VN override).
 * The build fails when a function or parameter has no text here, or a text matches none.
 */
export const DESCRIPTIONS_VI: Readonly<Record<FunctionId, FunctionTextsVi>> = {
  COMPLETION: {
    description:
      "Tỷ lệ hoàn thành chỉ tiêu giao ước: kết quả ÷ chỉ tiêu, hoặc chỉ tiêu ÷ kết quả khi càng thấp càng tốt.",
    parameters: {
      actual: "Kết quả thực hiện: một ô hoặc một vùng. Ô trống cho kết quả trống.",
      target: "Chỉ tiêu đã giao ước, là số dương (một ô, hoặc một vùng như kết quả).",
      lower_is_better: "TRUE khi càng thấp càng tốt (ví dụ số đơn thư khiếu nại). Mặc định FALSE.",
      cap: "Tỷ lệ cao nhất được tính, từ 1 trở lên (ví dụ 1,2). Mặc định: không giới hạn.",
    },
  },
  POINTS: {
    description: "Điểm đạt được của một tiêu chí định lượng, theo tỷ lệ hoàn thành và điểm chuẩn.",
    parameters: {
      actual: "Kết quả thực hiện: một ô hoặc một vùng. Ô trống cho kết quả trống.",
      target: "Chỉ tiêu đã giao ước, là số dương.",
      max_points: "Điểm chuẩn của tiêu chí.",
      method:
        "Cách tính: proportional (tỷ lệ), capped (trần) hoặc allOrNothing (đạt/không đạt). Mặc định proportional.",
      cap: "Tỷ lệ hoàn thành được đủ điểm với cách tính capped, từ 1 trở lên. Mặc định 1,2.",
      lower_is_better: "TRUE khi càng thấp càng tốt (ví dụ số đơn thư khiếu nại). Mặc định FALSE.",
    },
  },
  SCORE: {
    description: "Tổng điểm: điểm + điểm thưởng − điểm trừ, có giới hạn khi nhập mức trần.",
    parameters: {
      points: "Điểm các tiêu chí: một ô hoặc một vùng. Ô trống cho kết quả trống.",
      max_points: "Điểm tối đa (ví dụ 100 hoặc 1000); điểm vượt mức này là lỗi.",
      bonus: "Điểm thưởng. Mặc định 0.",
      deduction: "Điểm trừ, ghi số dương. Mặc định 0.",
      bonus_cap: "Điểm thưởng tối đa được tính. Mặc định: không giới hạn.",
      deduction_cap: "Điểm trừ tối đa bị trừ. Mặc định: không giới hạn.",
    },
  },
  GRADE: {
    description:
      "Xếp loại theo tổng điểm: Hoàn thành xuất sắc / tốt / Hoàn thành / Không hoàn thành nhiệm vụ.",
    parameters: {
      score: "Tổng điểm: một ô hoặc một vùng. Ô trống cho kết quả trống.",
      thresholds:
        "Ba mức điểm tối thiểu (xuất sắc, tốt, hoàn thành) hoặc tên bộ quy tắc. Mặc định 90, 80, 50.",
    },
  },
  RANK: {
    description:
      "Thứ hạng của từng điểm, cao nhất là hạng 1, bằng điểm thì đồng hạng (như RANK.EQ); tiêu chí phụ phân định khi bằng điểm.",
    parameters: {
      scores: "Vùng điểm cần xếp hạng: một cột, một hàng hoặc một khối. Ô trống được bỏ qua.",
      tiebreaks:
        "Các vùng cùng kích thước với vùng điểm, xét lần lượt khi bằng điểm; cao hơn xếp trên (dùng -vùng khi thấp hơn là tốt hơn).",
    },
  },
  VOTEPASS: {
    description: "Kết quả bỏ phiếu có đạt không: số phiếu đồng ý ÷ số người bỏ phiếu đạt ngưỡng.",
    parameters: {
      votes: "Số phiếu đồng ý: một ô hoặc một vùng. Ô trống cho kết quả trống.",
      base: "Số tính tỷ lệ: số thành viên có mặt hoặc tổng số thành viên.",
      threshold: "Tỷ lệ cần đạt: 0,5; 50%; 2/3; >50% (quá bán) hoặc tên bộ quy tắc. Mặc định 80%.",
    },
  },
  NOMINATE: {
    description:
      "Hình thức khen thưởng đề nghị cho từng đơn vị, kèm lý do, như ngăn tác vụ quyết định.",
    parameters: {
      units: "Tên các đơn vị, một cột (hoặc một hàng).",
      scores: "Tổng điểm của từng đơn vị, cùng thứ tự.",
      votes:
        "Số phiếu đồng ý của từng đơn vị (một cột, hoặc một số cho tất cả). Bỏ trống: tạm tính trước khi bỏ phiếu.",
      voters: "Số thành viên bỏ phiếu (một số, hoặc mỗi đơn vị một số). Mặc định: số đơn vị.",
      preset: "Bộ quy tắc: national-2025 (mặc định) hoặc seed-bloc-2018.",
    },
  },
  NEXTLEADER: {
    description: "Khối trưởng và Khối phó năm sau, kèm lý do, như ngăn tác vụ quyết định.",
    parameters: {
      units: "Tên các đơn vị, một cột (hoặc một hàng).",
      scores: "Tổng điểm năm nay của từng đơn vị, cùng thứ tự.",
      history_years: "Các năm trong lịch sử Khối trưởng, một cột.",
      history_leaders: "Khối trưởng của từng năm đó.",
      year: "Năm xét; đề xuất cho năm sau. Mặc định: năm gần nhất trong lịch sử.",
      preset: "Bộ quy tắc: national-2025 (mặc định) hoặc seed-bloc-2018.",
    },
  },
};
