import { readFileSync } from "node:fs";
import { join } from "node:path";
import { detectLegacyEncoding } from "../../src/core/text";
import { XlsxHost } from "../../src/hosts/xlsx";
import type { CellValue, Grid } from "../../src/sheets/grid";
import { makeMessy2019 } from "../../scripts/samples/messy2019";
import { makeProvince2025 } from "../../scripts/samples/province2025";
import { makeSeed2018 } from "../../scripts/samples/seed2018";

const SAMPLES = join(__dirname, "..", "..", "samples");

function sample(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(SAMPLES, name)));
}

const opened = new Map<string, Promise<Map<string, Grid>>>();

/** Every sheet of a sample, read once per test file. */
function grids(name: string): Promise<Map<string, Grid>> {
  let read = opened.get(name);
  if (read === undefined) {
    read = readAll(name);
    opened.set(name, read);
  }
  return read;
}

async function readAll(name: string): Promise<Map<string, Grid>> {
  const outcome = await XlsxHost.open(sample(name));
  if (!outcome.ok) throw new Error(outcome.error.en);
  const host = outcome.value;
  const read = await host.readSheets(await host.listSheets());
  return new Map(read.map((grid) => [grid.sheetName, grid]));
}

/** The value at an A1 address such as "M12". */
function at(grid: Grid | undefined, address: string): CellValue {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (grid === undefined || match === null) return null;
  const column = [...(match[1] ?? "")].reduce(
    (sum, letter) => sum * 26 + letter.charCodeAt(0) - 64,
    0
  );
  return grid.values[Number(match[2]) - grid.originRow]?.[column - grid.originColumn] ?? null;
}

function column(
  grid: Grid | undefined,
  letter: string,
  fromRow: number,
  toRow: number
): CellValue[] {
  return Array.from({ length: toRow - fromRow + 1 }, (_, index) =>
    at(grid, `${letter}${fromRow + index}`)
  );
}

describe("the sample workbooks", () => {
  describe("seed-2018.xlsx", () => {
    it("lists the six units of the seed's bloc in rotation order", async () => {
      const units = (await grids("seed-2018.xlsx")).get("Đơn vị");

      expect(column(units, "B", 4, 9)).toEqual([
        "Ủy ban MTTQ Việt Nam tỉnh",
        "Hội Liên hiệp Phụ nữ tỉnh",
        "Liên đoàn Lao động tỉnh",
        "Tỉnh đoàn",
        "Hội Nông dân tỉnh",
        "Hội Cựu chiến binh tỉnh",
      ]);
      expect(column(units, "D", 4, 9)).toEqual([1, 2, 3, 4, 5, 6]);
    });

    it("totals the bloc's scores to the seed's results, with criteria summing to 1,000", async () => {
      const scores = (await grids("seed-2018.xlsx")).get("Chấm điểm");
      const totalRow = 21;

      expect(at(scores, `B${totalRow}`)).toBe("Tổng cộng");
      expect(at(scores, `C${totalRow}`)).toBe(1000);
      expect(
        ["E", "G", "I", "K", "M", "O"].map((letter) => at(scores, `${letter}${totalRow}`))
      ).toEqual([961, 985.5, 972, 955.5, 948, 940]);
      const self = ["D", "F", "H", "J", "L", "N"].map(
        (letter) => at(scores, `${letter}${totalRow}`) as number
      );
      const bloc = ["E", "G", "I", "K", "M", "O"].map(
        (letter) => at(scores, `${letter}${totalRow}`) as number
      );
      self.forEach((score, index) => expect(score).toBeGreaterThan(bloc[index] ?? Infinity));
      expect(scores?.merges).toContainEqual({ top: 3, left: 3, bottom: 3, right: 4 });
    });

    it("records unanimous ballots: the Government flag for Hội LHPN, the provincial flag for LĐLĐ", async () => {
      const votes = (await grids("seed-2018.xlsx")).get("Bỏ phiếu");

      expect([at(votes, "B4"), at(votes, "C4"), at(votes, "D4"), at(votes, "H4")]).toEqual([
        "Hội Liên hiệp Phụ nữ tỉnh",
        "Cờ thi đua của Chính phủ",
        6,
        6,
      ]);
      expect([at(votes, "B5"), at(votes, "C5")]).toEqual([
        "Liên đoàn Lao động tỉnh",
        "Cờ thi đua của UBND tỉnh",
      ]);
      expect(column(votes, "C", 6, 9)).toEqual(
        new Array(4).fill("Bằng khen của Chủ tịch UBND tỉnh")
      );
    });

    it("keeps the award history as an Excel Table", async () => {
      const history = (await grids("seed-2018.xlsx")).get("Lịch sử khen thưởng");

      expect(history?.tables.map((table) => table.name)).toEqual(["LichSuKhenThuong"]);
    });
  });

  describe("messy-2019.xlsx", () => {
    const expected = JSON.parse(
      readFileSync(join(SAMPLES, "messy-2019.expected.json"), "utf8")
    ) as {
      code: string;
      sheet: string;
      cell: string;
    }[];
    const planted = (code: string): { sheet: string; cell: string } => {
      const entry = expected.find((problem) => problem.code === code);
      if (entry === undefined) throw new Error(`no planted ${code}`);
      return entry;
    };

    it("lists the six planted problems", () => {
      expect(expected.map((problem) => problem.code).sort()).toEqual([
        "criterion.noMaximum",
        "score.aboveMaximum",
        "score.notNumber",
        "text.legacyEncoding",
        "unit.unknown",
        "vote.aboveVoters",
      ]);
    });

    it("holds each planted problem at the cell the list gives", async () => {
      const sheets = await grids("messy-2019.xlsx");
      const cell = (code: string): CellValue =>
        at(sheets.get(planted(code).sheet), planted(code).cell);
      const rowOf = (code: string): number => Number(/\d+$/.exec(planted(code).cell)?.[0]);
      const scores = sheets.get(planted("score.aboveMaximum").sheet);

      expect(cell("score.notNumber")).toBe("chưa chấm");
      expect(cell("score.aboveMaximum") as number).toBeGreaterThan(
        at(scores, `C${rowOf("score.aboveMaximum")}`) as number
      );
      expect(cell("criterion.noMaximum")).toBeNull();
      expect(typeof at(scores, `A${rowOf("criterion.noMaximum")}`)).toBe("number");
      const votes = sheets.get(planted("vote.aboveVoters").sheet);
      expect(cell("vote.aboveVoters") as number).toBeGreaterThan(
        at(votes, `E${rowOf("vote.aboveVoters")}`) as number
      );
      expect(cell("unit.unknown")).toBe("Hội Khuyến học tỉnh");
      expect(detectLegacyEncoding(String(cell("text.legacyEncoding")))).toBe("tcvn3");
    });

    it("names units differently across sheets: NFD, old tone placement, case and spacing", async () => {
      const sheets = await grids("messy-2019.xlsx");
      const scoreHeader = [4, 6, 8, 10, 12, 14].map((index) =>
        String(sheets.get("Chấm điểm 2019")?.values[3]?.[index - 1])
      );

      expect(scoreHeader[1]).not.toBe(scoreHeader[1]?.normalize("NFC"));
      expect(scoreHeader[5]).toBe("Hội  cựu chiến binh Tỉnh");
      expect(at(sheets.get("DS đơn vị"), "B5")).toBe("Uỷ ban MTTQ Việt Nam tỉnh");
      expect(at(sheets.get("DS đơn vị"), "E5")).toBe("35,5");
    });
  });

  describe("province-2025.xlsx", () => {
    it("holds 1,000 units in 40 blocs of 25, scored on ten groups with their maximum in the header", async () => {
      const sheets = await grids("province-2025.xlsx");
      const units = sheets.get("Danh sách đơn vị");
      const blocs = column(units, "B", 4, 1003);
      const counts = new Map<CellValue, number>();
      blocs.forEach((bloc) => counts.set(bloc, (counts.get(bloc) ?? 0) + 1));

      expect(new Set(column(units, "C", 4, 1003)).size).toBe(1000);
      expect(at(units, "C1004")).toBeNull();
      expect([...counts.values()]).toEqual(new Array(40).fill(25));
      const scores = sheets.get("Chấm điểm");
      expect(at(scores, "D3")).toBe("Nhóm 1 (15 điểm)");
      expect(at(scores, "M3")).toBe("Nhóm 10 (5 điểm)");
    });

    it("keeps ten years of award history and leaders for every bloc", async () => {
      const sheets = await grids("province-2025.xlsx");
      const years = new Set(
        sheets
          .get("Lịch sử khen thưởng")
          ?.values.slice(3)
          .map((row) => row[0])
      );
      const leaders = sheets.get("Khối trưởng")?.values.slice(3) ?? [];

      expect([...years]).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
      expect(leaders.filter((row) => row[0] === 2024)).toHaveLength(40);
    });
  });

  describe("the generator", () => {
    it("gives byte-identical files on every run, equal to the committed samples", async () => {
      const messy = await makeMessy2019();

      expect(Buffer.from(await makeSeed2018()).equals(Buffer.from(sample("seed-2018.xlsx")))).toBe(
        true
      );
      expect(Buffer.from(messy.bytes).equals(Buffer.from(sample("messy-2019.xlsx")))).toBe(true);
      expect(`${JSON.stringify(messy.expected, null, 2)}\n`).toBe(
        readFileSync(join(SAMPLES, "messy-2019.expected.json"), "utf8")
      );
      expect(
        Buffer.from(await makeProvince2025()).equals(Buffer.from(sample("province-2025.xlsx")))
      ).toBe(true);
    }, 60_000);
  });
});
