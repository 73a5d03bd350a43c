import { localized, type Localized } from "../../core/localized";
import type { RowLimits } from "./dataRowLimits";

/** What is wrong with the data rows a user typed; `path` names the field to show it under. */
export interface DataRowsIssue {
  readonly code: "notWholeNumber" | "outsideSheet" | "noRows" | "firstAfterLast";
  readonly path: "first" | "last";
  readonly message: Localized;
}

export type DataRowsCheck =
  | {
      readonly ok: true;
      readonly value: { readonly firstDataRow: number; readonly lastDataRow: number };
    }
  | { readonly ok: false; readonly issues: readonly DataRowsIssue[] };

const WHOLE_NUMBER = /^\s*\d+\s*$/;

function rowNumber(text: string): number | null {
  return WHOLE_NUMBER.test(text) ? Number(text.trim()) : null;
}

function fieldIssues(text: string, path: "first" | "last", limits: RowLimits): DataRowsIssue[] {
  const row = rowNumber(text);
  if (row === null) {
    return [
      {
        code: "notWholeNumber",
        path,
        message: localized(
          "Hãy nhập số dòng là một số nguyên, ví dụ 5.",
          "Enter the row as a whole number, e.g. 5."
        ),
      },
    ];
  }
  if (limits.last < limits.first) {
    return [
      {
        code: "noRows",
        path,
        message: localized(
          "Trang không có dòng nào dưới dòng tiêu đề.",
          "The sheet has no row below the header row."
        ),
      },
    ];
  }
  if (row < limits.first || row > limits.last) {
    return [
      {
        code: "outsideSheet",
        path,
        message: localized(
          `Dòng phải nằm dưới dòng tiêu đề và trong trang: từ ${limits.first} đến ${limits.last}.`,
          `The row must be below the header row and within the sheet: ${limits.first} to ${limits.last}.`
        ),
      },
    ];
  }
  return [];
}

/**
 * The first and last data rows a user typed, checked: whole numbers, within `limits`, the first
 * not after the last. Bad text gives issues, never an exception.
 */
export function checkDataRows(
  firstText: string,
  lastText: string,
  limits: RowLimits
): DataRowsCheck {
  const issues = [
    ...fieldIssues(firstText, "first", limits),
    ...fieldIssues(lastText, "last", limits),
  ];
  if (issues.length > 0) return { ok: false, issues };
  const firstDataRow = Number(firstText.trim());
  const lastDataRow = Number(lastText.trim());
  if (firstDataRow > lastDataRow) {
    return {
      ok: false,
      issues: [
        {
          code: "firstAfterLast",
          path: "last",
          message: localized(
            "Dòng cuối cùng không được ở trên dòng đầu tiên.",
            "The last row cannot be above the first row."
          ),
        },
      ],
    };
  }
  return { ok: true, value: { firstDataRow, lastDataRow } };
}
