import { localized, type Localized } from "../../core/localized";

/** What to tell the user when this Excel (before ExcelApi 1.9) cannot set the sheets' page layout. */
export function pageLayoutWarning(sheetNames: readonly string[]): Localized {
  const list = sheetNames.map((name) => `“${name}”`).join(", ");
  return localized(
    `Phiên bản Excel này chưa hỗ trợ ExcelApi 1.9 nên các trang ${list} đã được ghi nhưng chưa đặt khổ A4, hướng giấy, lề, dòng tiêu đề lặp lại và chân trang. Hãy đặt trong thẻ Bố trí Trang trước khi in.`,
    `This version of Excel lacks ExcelApi 1.9, so the sheets ${list} were written without A4 paper, orientation, margins, repeated header rows or footer. Set them on the Page Layout tab before printing.`
  );
}
