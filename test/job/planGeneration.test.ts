import type { SheetSpec } from "../../src/documents";
import type { WorkbookContents } from "../../src/hosts/host";
import { EMPTY_CONFIGURATION } from "../../src/job/configuration";
import { planGeneration } from "../../src/job/planGeneration";
import { fingerprintGrid, fingerprintSpec } from "../../src/job/sheetFingerprint";
import type { Grid } from "../../src/sheets";

function spec(name: string, text: string): SheetSpec {
  return { name, rows: [[{ value: text }]] } as unknown as SheetSpec;
}

function grid(sheetName: string, text: string): Grid {
  return { sheetName, originRow: 1, originColumn: 1, values: [[text]], merges: [], tables: [] };
}

function contents(sheetNames: string[], addinSheets: Grid[]): WorkbookContents {
  return { sheetNames, grids: [], configurationJson: null, addinSheets };
}

describe("planGeneration", () => {
  it("replaces the add-in's sheets, noticing edited ones, and never a user's sheet", () => {
    const kept = grid("Tổng hợp điểm 2025", "cũ");
    const edited = grid("Kết quả bỏ phiếu 2025", "sửa tay");
    const plan = planGeneration(
      [
        spec("TỔNG HỢP ĐIỂM 2025", "mới"),
        spec("Kết quả bỏ phiếu 2025", "mới"),
        spec("Dữ liệu", "x"),
      ],
      contents(["Dữ liệu", kept.sheetName, edited.sheetName], [kept, edited]),
      {
        ...EMPTY_CONFIGURATION,
        generated: {
          [kept.sheetName]: fingerprintGrid(kept),
          [edited.sheetName]: fingerprintGrid(grid(edited.sheetName, "như đã tạo")),
        },
      }
    );

    expect(plan.replaced).toEqual(["Tổng hợp điểm 2025", "Kết quả bỏ phiếu 2025"]);
    expect(plan.edited).toEqual(["Kết quả bỏ phiếu 2025"]);
    expect(plan.clashes).toEqual(["Dữ liệu"]);
  });

  it("stores the new sheets' fingerprints and keeps those of sheets not written again", () => {
    const written = spec("Tổng hợp điểm 2025", "mới");
    const plan = planGeneration([written], contents([], []), {
      ...EMPTY_CONFIGURATION,
      generated: { "tổng hợp điểm 2025": "0000aaaa", "Danh sách khen thưởng 2024": "0000bbbb" },
    });

    expect(plan.configuration.generated).toEqual({
      "Danh sách khen thưởng 2024": "0000bbbb",
      "Tổng hợp điểm 2025": fingerprintSpec(written),
    });
  });
});
