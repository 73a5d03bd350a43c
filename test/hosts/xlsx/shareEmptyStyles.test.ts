import ExcelJS from "exceljs";
import { shareEmptyStyles } from "../../../src/hosts/xlsx/shareEmptyStyles";

function styleOfRow(worksheet: ExcelJS.Worksheet, number: number): object | undefined {
  return (worksheet.findRow(number) as unknown as { style?: object } | undefined)?.style;
}

describe("shareEmptyStyles", () => {
  it("gives the unstyled rows and columns of a sheet one empty style object", () => {
    const worksheet = new ExcelJS.Workbook().addWorksheet("Khối 1");
    worksheet.getCell("A1").value = "Đơn vị";
    worksheet.getCell("C4").value = 95.5;
    worksheet.getColumn(2).width = 30;

    shareEmptyStyles(worksheet);

    expect(styleOfRow(worksheet, 1)).toEqual({});
    expect(styleOfRow(worksheet, 4)).toBe(styleOfRow(worksheet, 1));
    expect(worksheet.getColumn(2).style).toBe(styleOfRow(worksheet, 1));
  });

  it("leaves styled rows and columns their own style, and makes no rows", () => {
    const worksheet = new ExcelJS.Workbook().addWorksheet("Khối 1");
    worksheet.getCell("A1").value = "Đơn vị";
    worksheet.getRow(3).font = { bold: true };
    worksheet.getCell("A3").value = "Tổng";
    worksheet.getColumn(2).numFmt = "0.0";

    shareEmptyStyles(worksheet);

    expect(styleOfRow(worksheet, 3)).toEqual({ font: { bold: true } });
    expect(worksheet.getColumn(2).style).toEqual({ numFmt: "0.0" });
    expect(worksheet.findRow(2)).toBeUndefined();
  });

  it("keeps the saved workbook as it was", async () => {
    const workbook = new ExcelJS.Workbook();
    const worksheet = workbook.addWorksheet("Khối 1");
    worksheet.getCell("A1").value = "Đơn vị";
    worksheet.getRow(2).height = 30;
    worksheet.getCell("B2").value = 7;
    worksheet.getRow(3).font = { italic: true };
    worksheet.getCell("A3").value = "Tổng";

    const reloadedRows = async (): Promise<unknown[]> => {
      const copy = new ExcelJS.Workbook();
      await copy.xlsx.load(await workbook.xlsx.writeBuffer());
      const sheet = copy.getWorksheet("Khối 1")!;
      return [1, 2, 3].map((number) => [
        sheet.getRow(number).height,
        sheet.getRow(number).font,
        sheet.getRow(number).values,
      ]);
    };
    const before = await reloadedRows();
    shareEmptyStyles(worksheet);

    expect(await reloadedRows()).toEqual(before);
  });
});
