import { fileKindProblem } from "../../../src/hosts/xlsx/fileKindProblem";
import { OPEN_MESSAGES } from "../../../src/hosts/xlsx/openMessages";
import { unreadableZipMessage } from "../../../src/hosts/xlsx/unreadableZipMessage";

const ZIP = [0x50, 0x4b, 0x03, 0x04];

function bytes(...parts: (number[] | string)[]): Uint8Array {
  return Uint8Array.from(
    parts.flatMap((part) =>
      typeof part === "string" ? [...part].map((char) => char.charCodeAt(0)) : part
    )
  );
}

describe("fileKindProblem", () => {
  it("accepts anything that starts like a zip package", () => {
    expect(fileKindProblem(bytes(ZIP, "xl/workbook.xml"))).toBeNull();
  });

  it("refuses text, an empty file and a PDF", () => {
    expect(fileKindProblem(bytes("STT,Tên đơn vị"))).toBe(OPEN_MESSAGES.notWorkbook);
    expect(fileKindProblem(new Uint8Array())).toBe(OPEN_MESSAGES.emptyFile);
    expect(fileKindProblem(bytes("%PDF-1.7"))).toBe(OPEN_MESSAGES.notWorkbook);
  });

  it("has every message in Vietnamese with diacritics and in English", () => {
    for (const message of Object.values(OPEN_MESSAGES)) {
      expect(message.vi).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
      expect(message.en).toMatch(/^[\x20-\x7e–]+$/);
    }
  });
});

describe("unreadableZipMessage", () => {
  it("names the kind of package from its part names", () => {
    expect(unreadableZipMessage(bytes(ZIP, "xl/workbook.bin"), OPEN_MESSAGES.damaged)).toBe(
      OPEN_MESSAGES.binaryWorkbook
    );
    expect(
      unreadableZipMessage(
        bytes(ZIP, "mimetypeapplication/vnd.oasis.opendocument.spreadsheet"),
        OPEN_MESSAGES.damaged
      )
    ).toBe(OPEN_MESSAGES.openDocument);
    expect(unreadableZipMessage(bytes(ZIP, "word/document.xml"), OPEN_MESSAGES.damaged)).toBe(
      OPEN_MESSAGES.otherZip
    );
  });

  it("keeps the given message for a package that does hold a workbook part", () => {
    expect(unreadableZipMessage(bytes(ZIP, "xl/workbook.xml"), OPEN_MESSAGES.noSheets)).toBe(
      OPEN_MESSAGES.noSheets
    );
  });
});
