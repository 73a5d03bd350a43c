import { localized } from "../core/localized";
import type { Problem } from "../core/problem";
import type { DocumentMeta } from "./documentMeta";
import { addHeaderBlock } from "./layout/addHeaderBlock";
import { addParagraph } from "./layout/addParagraph";
import { addSignatureBlock } from "./layout/addSignatureBlock";
import { addTable, type TableCell } from "./layout/addTable";
import { addTitle } from "./layout/addTitle";
import { finishSheet } from "./layout/finishSheet";
import { fitColumnWidths } from "./layout/fitColumnWidths";
import { createSheetDraft } from "./layout/sheetDraft";
import { say } from "./layout/say";
import type { SheetSpec } from "./sheetSpec";

const TEXT = {
  title: (year: number) => localized(`Kết quả kiểm tra dữ liệu năm ${year}`, `Data check, ${year}`),
  found: (errors: number, warnings: number) =>
    localized(
      `(Phát hiện ${errors} lỗi và ${warnings} cảnh báo)`,
      `(${errors} error${errors === 1 ? "" : "s"} and ${warnings} warning${warnings === 1 ? "" : "s"} found)`
    ),
  none: localized(
    "Không phát hiện vấn đề nào trong dữ liệu.",
    "No problems were found in the data."
  ),
  errorsBlock: localized(
    "Các lỗi phải được sửa trước khi dùng kết quả để bình xét, đề nghị khen thưởng.",
    "The errors must be corrected before the result is used for the review and the proposals."
  ),
  columns: [
    localized("STT", "No."),
    localized("Trang tính", "Sheet"),
    localized("Ô", "Cell"),
    localized("Mức độ", "Severity"),
    localized("Nội dung", "Problem"),
  ],
  error: localized("Lỗi", "Error"),
  warning: localized("Cảnh báo", "Warning"),
};

/**
 * The data check (SPEC §5.1): every problem found, errors first, with its sheet, cell, severity
 * and message in the document's language; a clear line when there is none.
 */
export function buildDataCheck(
  problems: readonly Problem[],
  meta: DocumentMeta,
  year: number
): SheetSpec {
  const language = meta.language;
  const draft = createSheetDraft(fitColumnWidths([4, 13, 6, 9, 50]));
  addHeaderBlock(draft, meta);
  const errors = problems.filter((problem) => problem.severity === "error");
  const warnings = problems.filter((problem) => problem.severity !== "error");
  addTitle(
    draft,
    say(TEXT.title(year), language),
    problems.length === 0 ? undefined : say(TEXT.found(errors.length, warnings.length), language)
  );

  const rows: TableCell[][] = [...errors, ...warnings].map((problem, index) => [
    { value: index + 1, align: "center", numberFormat: "0" },
    { value: problem.location?.sheet ?? "" },
    { value: problem.location?.cell ?? "", align: "center" },
    {
      value: say(problem.severity === "error" ? TEXT.error : TEXT.warning, language),
      align: "center",
      bold: problem.severity === "error",
    },
    { value: say(problem.message, language) },
  ]);
  if (rows.length === 0)
    rows.push([{ value: say(TEXT.none, language), span: 5, align: "center", italic: true }]);
  const table = addTable(draft, {
    columns: TEXT.columns.map((header) => ({ header: say(header, language) })),
    rows,
  });

  if (errors.length > 0) addParagraph(draft, say(TEXT.errorsBlock, language), { italic: true });
  addSignatureBlock(draft, meta);
  return finishSheet(draft, { kind: "dataCheck", year, language, headerRow: table.headerRow });
}
