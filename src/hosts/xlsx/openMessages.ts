import { localized, type Localized } from "../../core/localized";

/** Why an `.xlsx` file could not be opened, in Vietnamese and English. */
export const OPEN_MESSAGES = {
  emptyFile: localized(
    "Tệp rỗng (0 byte), không phải bảng tính Excel.",
    "The file is empty (0 bytes); it is not an Excel workbook."
  ),
  notWorkbook: localized(
    "Tệp này không phải bảng tính Excel .xlsx, hoặc đã bị hỏng. Hãy mở tệp trong Excel và lưu lại dưới dạng Sổ làm việc Excel (.xlsx).",
    "This file is not an Excel .xlsx workbook, or it is damaged. Open it in Excel and save it as an Excel Workbook (.xlsx)."
  ),
  oldXls: localized(
    "Đây là tệp Excel 97–2003 (.xls). Hãy mở tệp trong Excel, lưu lại dưới dạng Sổ làm việc Excel (.xlsx) rồi mở lại.",
    "This is an Excel 97–2003 file (.xls). Open it in Excel, save it as an Excel Workbook (.xlsx) and open that instead."
  ),
  encrypted: localized(
    "Sổ làm việc được bảo vệ bằng mật khẩu (đã mã hóa) nên không đọc được. Hãy mở tệp trong Excel, gỡ mật khẩu " +
      "(Tệp > Thông tin > Bảo vệ Sổ làm việc > Mã hóa bằng Mật khẩu, xóa mật khẩu) rồi lưu lại.",
    "The workbook is password-protected (encrypted) and cannot be read. Open it in Excel, remove the password " +
      "(File > Info > Protect Workbook > Encrypt with Password, clear it) and save it again."
  ),
  oldXlsOrEncrypted: localized(
    "Tệp là bảng tính Excel 97–2003 (.xls) hoặc được bảo vệ bằng mật khẩu. Hãy mở tệp trong Excel, gỡ mật khẩu nếu có, " +
      "rồi lưu lại dưới dạng Sổ làm việc Excel (.xlsx).",
    "The file is an Excel 97–2003 workbook (.xls) or is password-protected. Open it in Excel, remove any password, " +
      "and save it as an Excel Workbook (.xlsx)."
  ),
  binaryWorkbook: localized(
    "Tệp là Sổ làm việc nhị phân Excel (.xlsb), chưa được hỗ trợ. Hãy lưu lại dưới dạng Sổ làm việc Excel (.xlsx).",
    "The file is an Excel Binary Workbook (.xlsb), which is not supported. Save it as an Excel Workbook (.xlsx)."
  ),
  openDocument: localized(
    "Tệp là bảng tính OpenDocument (.ods). Hãy lưu lại dưới dạng Sổ làm việc Excel (.xlsx).",
    "The file is an OpenDocument spreadsheet (.ods). Save it as an Excel Workbook (.xlsx)."
  ),
  otherZip: localized(
    "Tệp nén này không chứa bảng tính Excel (có thể là tệp Word, PowerPoint hoặc một tệp .zip khác).",
    "This compressed file holds no Excel workbook (it may be a Word or PowerPoint file, or another .zip file)."
  ),
  damaged: localized(
    "Không đọc được sổ làm việc: tệp .xlsx bị hỏng hoặc có nội dung không đúng định dạng. Hãy mở tệp trong Excel và lưu lại.",
    "The workbook could not be read: the .xlsx file is damaged or malformed. Open it in Excel and save it again."
  ),
  noSheets: localized("Sổ làm việc không có trang tính nào.", "The workbook has no worksheets."),
} satisfies Record<string, Localized>;
