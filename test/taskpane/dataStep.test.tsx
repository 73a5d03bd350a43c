/** @jest-environment jsdom */
import "./domSetup";
import { screen, within } from "@testing-library/react";
import { FakeHost } from "./fakeHost";
import { renderPane } from "./renderPane";
import { emptyWorkbook, sampleContents, unitsOnlyWorkbook } from "./workbooks";

// The whole pane renders over a real sample; on a busy machine a test takes several seconds.
jest.setTimeout(30_000);

describe("the Data step", () => {
  it("lists every table found in the seed workbook with its sheet and confidence", async () => {
    const host = new FakeHost(await sampleContents("seed-2018.xlsx"));
    renderPane(host);
    expect(await screen.findByRole("heading", { name: "Dữ liệu đã đọc" })).toBeInTheDocument();
    for (const [kind, sheet] of [
      ["Danh sách đơn vị", "Đơn vị"],
      ["Bảng chấm điểm", "Chấm điểm"],
      ["Kết quả bỏ phiếu", "Bỏ phiếu"],
      ["Lịch sử Khối trưởng", "Khối trưởng"],
    ]) {
      expect(
        await screen.findByRole("button", { name: new RegExp(`${kind} — Trang “${sheet}”`) })
      ).toBeInTheDocument();
    }
    expect(screen.getByText("Không phát hiện vấn đề nào.")).toBeInTheDocument();
    expect(host.reads).toBe(1);
  });

  it("reads the workbook once when the pane opens and again on Refresh", async () => {
    const host = new FakeHost(await sampleContents("seed-2018.xlsx"));
    const { user } = renderPane(host);
    await user.click(await screen.findByRole("button", { name: "Đọc lại" }));
    expect(host.reads).toBe(2);
  });

  it("lists the problems of a messy workbook, and a click selects the problem's cell in Excel", async () => {
    const host = new FakeHost(await sampleContents("messy-2019.xlsx"));
    const { user } = renderPane(host);
    const buttons = await screen.findAllByRole("button", { name: /^Chọn ô / });
    expect(buttons.length).toBeGreaterThan(0);
    const first = buttons[0]!;
    const place = first.textContent ?? "";
    const match = /^'?(.+?)'?!([A-Z]+\d+)$/.exec(place);
    expect(match).not.toBeNull();
    await user.click(first);
    expect(host.selected).toEqual([[match![1]!.replace(/''/g, "'"), match![2]]]);
  });

  it("shows the places as text, not buttons, where the host cannot select cells", async () => {
    const host = new FakeHost(await sampleContents("messy-2019.xlsx"), { canSelect: false });
    renderPane(host);
    expect(
      await screen.findByRole("heading", { name: /Vấn đề trong dữ liệu/ })
    ).toBeInTheDocument();
    expect(screen.queryAllByRole("button", { name: /^Chọn ô / })).toHaveLength(0);
  });

  it("changing a column re-reads the table with the user's mapping, marked as not saved", async () => {
    const host = new FakeHost(await sampleContents("seed-2018.xlsx"));
    const { user } = renderPane(host);
    await user.click(
      await screen.findByRole("button", { name: /Danh sách đơn vị — Trang “Đơn vị”/ })
    );
    const nameField = screen.getByRole("combobox", { name: "Tên đơn vị" });
    await user.click(nameField);
    await user.click(screen.getByRole("option", { name: "(không có)" }));
    expect(await screen.findByText("Cách đọc bảng đã đổi (chưa lưu vào sổ).")).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Tên đơn vị" })).toHaveTextContent("(không có)");
    // Without the unit names the data cannot be read: the problems say so.
    expect(screen.getAllByText("Lỗi").length).toBeGreaterThan(0);
    await user.click(screen.getByRole("button", { name: "Lưu cách đọc vào sổ" }));
    expect(host.configurations).toHaveLength(1);
    expect(JSON.parse(host.configurations[0]!).mapping.tables[0].columns.name).toBeUndefined();
  });

  it("says so when the workbook has no data", async () => {
    renderPane(new FakeHost(emptyWorkbook()));
    expect(await screen.findByText(/Sổ chưa có dữ liệu/)).toBeInTheDocument();
  });

  it("says the scoring table is missing when the workbook holds only the units", async () => {
    renderPane(new FakeHost(unitsOnlyWorkbook()));
    const message = await screen.findByText(/Chưa có bảng chấm điểm/);
    expect(message).toBeInTheDocument();
    expect(screen.queryByText(/Chưa có danh sách đơn vị/)).not.toBeInTheDocument();
    expect(
      within(screen.getByRole("tabpanel")).getByRole("button", { name: /Danh sách đơn vị/ })
    ).toBeInTheDocument();
  });
});
