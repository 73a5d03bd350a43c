/** @jest-environment jsdom */
import "./domSetup";
import { screen, within } from "@testing-library/react";
import { FakeHost } from "./fakeHost";
import { renderPane } from "./renderPane";
import { sampleContents, unitsOnlyWorkbook } from "./workbooks";

async function openResults(host: FakeHost) {
  const view = renderPane(host);
  await view.user.click(await screen.findByRole("tab", { name: /Kết quả/ }));
  return view;
}

function rowsOf(tableName: string): string[][] {
  const table = screen.getByRole("table", { name: tableName });
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole("cell")
        .map((cell) => cell.textContent ?? "")
    );
}

/** Each unit's row of the proposals: unit, award proposed, and the reasons listed under it. */
function proposals(): { unit: string; award: string; reasons: string[] }[] {
  const table = screen.getByRole("table", { name: /Đề nghị khen thưởng|Proposed awards/ });
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) => {
      const [unit, proposal] = within(row).getAllByRole("cell");
      const reasons = within(proposal!)
        .getAllByRole("listitem")
        .map((item) => item.textContent ?? "");
      const award = (proposal!.textContent ?? "").slice(0, -reasons.join("").length);
      return { unit: unit!.textContent ?? "", award, reasons };
    });
}

describe("the Results step", () => {
  it("ranks Hội LHPN tỉnh first and Liên đoàn Lao động tỉnh second in the seed, with grades", async () => {
    await openResults(new FakeHost(await sampleContents("seed-2018.xlsx")));
    const ranking = rowsOf("Xếp hạng");
    expect(ranking[0]).toEqual([
      "1",
      "Hội Liên hiệp Phụ nữ tỉnh",
      "985,5",
      "Hoàn thành xuất sắc nhiệm vụ",
    ]);
    expect(ranking[1]?.slice(0, 2)).toEqual(["2", "Liên đoàn Lao động tỉnh"]);
    expect(ranking).toHaveLength(6);
  });

  it("proposes the Government flag for Hội LHPN tỉnh, with the reason in words", async () => {
    await openResults(new FakeHost(await sampleContents("seed-2018.xlsx")));
    const rows = proposals();
    const women = rows.find((row) => row.unit === "Hội Liên hiệp Phụ nữ tỉnh");
    expect(women?.award).toBe("Cờ thi đua của Chính phủ");
    expect(women?.reasons).toEqual(["Hạng 1/6, 985,5 điểm, 6/6 phiếu (100%)"]);
    const labour = rows.find((row) => row.unit === "Liên đoàn Lao động tỉnh");
    expect(labour?.award).toBe("Cờ thi đua của Ủy ban nhân dân tỉnh");
    expect(labour?.reasons[0]).toBe("Không phải đơn vị dẫn đầu khối (xếp hạng 2)");
    expect(rows.filter((row) => row.award === "Bằng khen của Ủy ban nhân dân tỉnh")).toHaveLength(
      4
    );
  });

  it("proposes Hội LHPN tỉnh as the 2019 bloc leader, with the rule and the alternatives", async () => {
    await openResults(new FakeHost(await sampleContents("seed-2018.xlsx")));
    const leader = screen.getByRole("group", { name: "Khối trưởng, Khối phó năm 2019" });
    expect(within(leader).getByText(/^Khối trưởng 2019:/)).toHaveTextContent(
      "Khối trưởng 2019: Hội Liên hiệp Phụ nữ tỉnh"
    );
    expect(
      within(leader).getByText(/^Quy tắc: Khối trưởng là đơn vị xếp hạng cao nhất/)
    ).toBeInTheDocument();
    expect(within(leader).getByText("Các phương án khác")).toBeInTheDocument();
  });

  it("shows the ballots with votes, share and outcome", async () => {
    await openResults(new FakeHost(await sampleContents("seed-2018.xlsx")));
    const ballots = rowsOf("Kết quả bỏ phiếu");
    expect(ballots.length).toBeGreaterThan(0);
    expect(ballots[0]?.[2]).toBe("6/6 (100%)");
    expect(ballots[0]?.[3]).toBe("Đạt");
  });

  it("says the result is blocked, lists why, and proposes nothing when the data has errors", async () => {
    await openResults(new FakeHost(await sampleContents("messy-2019.xlsx")));
    expect(screen.getByText(/Dữ liệu có lỗi chặn kết quả/)).toBeInTheDocument();
    expect(screen.getAllByText("Lỗi").length).toBeGreaterThan(0);
    expect(screen.queryByRole("table", { name: "Đề nghị khen thưởng" })).not.toBeInTheDocument();
    expect(screen.queryByText(/Khối trưởng, Khối phó năm/)).not.toBeInTheDocument();
  });

  it("a workbook with only the units is blocked because the scoring table is missing", async () => {
    await openResults(new FakeHost(unitsOnlyWorkbook()));
    expect(screen.getByText(/Dữ liệu có lỗi chặn kết quả/)).toBeInTheDocument();
    expect(screen.getByText(/Không tìm thấy bảng chấm điểm/)).toBeInTheDocument();
  });

  it("switches every label to English", async () => {
    const { user } = await openResults(new FakeHost(await sampleContents("seed-2018.xlsx")));
    await user.click(screen.getByRole("switch", { name: "English" }));
    expect(screen.getByRole("tab", { name: /Results/ })).toBeInTheDocument();
    const women = proposals().find((row) => row.unit === "Hội Liên hiệp Phụ nữ tỉnh");
    expect(women?.award).toBe("Government emulation flag");
  });
});
