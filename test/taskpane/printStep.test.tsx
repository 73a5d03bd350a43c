/** @jest-environment jsdom */
import "./domSetup";
import { screen, waitFor, within } from "@testing-library/react";
import { FakeHost } from "./fakeHost";
import { renderPane } from "./renderPane";
import { sampleContents } from "./workbooks";

const SEED_SHEETS = [
  "Kiểm tra dữ liệu 2018",
  "Tổng hợp điểm 2018",
  "Kết quả bỏ phiếu 2018",
  "Đề nghị khen thưởng 2018",
  "Đề xuất Khối trưởng 2019",
];

/** Waits for the live region to announce the sheets written. */
function generated() {
  return within(screen.getByRole("status")).findByText(/^Đã tạo các trang:/);
}

async function openPrint(host: FakeHost) {
  const view = renderPane(host);
  await view.user.click(await screen.findByRole("tab", { name: /In$/ }));
  return view;
}

describe("the Print step", () => {
  it("generates the five sheets in one write, then stores the configuration in one more", async () => {
    const host = new FakeHost(await sampleContents("seed-2018.xlsx"));
    const { user } = await openPrint(host);
    await user.click(screen.getByRole("button", { name: "Tạo trang in" }));
    expect(await generated()).toHaveTextContent(`Đã tạo các trang: ${SEED_SHEETS.join(", ")}.`);
    expect(host.written).toHaveLength(1);
    expect(host.written[0]!.map((spec) => spec.name)).toEqual(SEED_SHEETS);
    expect(host.configurations).toHaveLength(1);
    expect(Object.keys(JSON.parse(host.configurations[0]!).generated)).toEqual(SEED_SHEETS);
    // The data was read again before writing (co-authoring).
    expect(host.reads).toBe(2);
  });

  it("prints what the user typed in the header and signature, and the workbook remembers it", async () => {
    const host = new FakeHost(await sampleContents("seed-2018.xlsx"));
    const { user } = await openPrint(host);
    await user.click(screen.getByRole("checkbox", { name: "Kiểm tra dữ liệu 2018" }));
    await user.click(screen.getByRole("checkbox", { name: "Kết quả bỏ phiếu 2018" }));
    const place = screen.getByRole("textbox", { name: "Địa danh" });
    await user.clear(place);
    await user.type(place, "Bắc Ninh");
    const date = screen.getByRole("textbox", { name: /Ngày ký/ });
    await user.clear(date);
    await user.type(date, "10/12/2018");
    await user.click(screen.getByRole("button", { name: "Tạo trang in" }));
    await generated();
    const names = host.written[0]!.map((spec) => spec.name);
    expect(names).toEqual([
      "Tổng hợp điểm 2018",
      "Đề nghị khen thưởng 2018",
      "Đề xuất Khối trưởng 2019",
    ]);
    const text = host.written[0]![0]!.rows.flat()
      .map((cell) => String(cell?.value ?? ""))
      .join("\n");
    expect(text).toContain("Bắc Ninh, ngày 10 tháng 12 năm 2018");
    expect(JSON.parse(host.configurations[0]!).document.place).toBe("Bắc Ninh");
  });

  it("refuses a date that is not one and keeps the button off", async () => {
    const host = new FakeHost(await sampleContents("seed-2018.xlsx"));
    const { user } = await openPrint(host);
    const date = screen.getByRole("textbox", { name: /Ngày ký/ });
    await user.clear(date);
    await user.type(date, "31/02/2018");
    expect(screen.getByText("Hãy nhập ngày dạng 10/12/2025.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Tạo trang in" })).toBeDisabled();
  });

  it("asks before replacing a generated sheet someone edited, and replaces it only when told", async () => {
    const host = new FakeHost(await sampleContents("seed-2018.xlsx"));
    const { user } = await openPrint(host);
    await user.click(screen.getByRole("button", { name: "Tạo trang in" }));
    await generated();
    host.edit("Đề nghị khen thưởng 2018", 12, 2, "Sửa tay");

    await user.click(screen.getByRole("button", { name: "Tạo trang in" }));
    // jsdom has no layout, so Fluent's focus manager cannot move focus into the dialog and leaves
    // it aria-hidden; in a browser it is the focused modal. Hence `hidden: true` here.
    const dialog = await screen.findByRole("alertdialog", { hidden: true });
    expect(within(dialog).getByRole("heading", { hidden: true })).toHaveTextContent(
      "Thay thế trang đã bị sửa?"
    );
    expect(within(dialog).getByText("Đề nghị khen thưởng 2018")).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Hủy", hidden: true }));
    expect(
      await screen.findByText("Đã hủy trước khi ghi: sổ không thay đổi gì.")
    ).toBeInTheDocument();
    expect(host.written).toHaveLength(1);

    await user.click(screen.getByRole("button", { name: "Tạo trang in" }));
    await user.click(await screen.findByRole("button", { name: "Thay thế", hidden: true }));
    await waitFor(() => expect(host.written).toHaveLength(2));
    expect(host.configurations).toHaveLength(2);
  });

  it("refuses to generate when a co-author changed the data since it was read, and offers to refresh", async () => {
    const host = new FakeHost(await sampleContents("seed-2018.xlsx"));
    const { user } = await openPrint(host);
    host.edit("Chấm điểm", 7, 4, 1);
    await user.click(screen.getByRole("button", { name: "Tạo trang in" }));
    expect(await screen.findByText(/Một người cùng sửa đã thay đổi dữ liệu/)).toBeInTheDocument();
    expect(host.written).toHaveLength(0);
    expect(host.configurations).toHaveLength(0);
    const status = screen.getByRole("status");
    await user.click(within(status).getByRole("button", { name: "Đọc lại" }));
    await waitFor(() => expect(host.reads).toBe(3));
    await user.click(screen.getByRole("button", { name: "Tạo trang in" }));
    await generated();
    expect(host.written).toHaveLength(1);
  });

  it("cancelling before the write leaves the workbook untouched, and says so", async () => {
    const host = new FakeHost(await sampleContents("seed-2018.xlsx"));
    const { user } = await openPrint(host);
    host.pauseReads();
    await user.click(screen.getByRole("button", { name: "Tạo trang in" }));
    const status = screen.getByRole("status");
    expect(within(status).getByRole("progressbar")).toBeInTheDocument();
    await user.click(within(status).getByRole("button", { name: "Hủy" }));
    host.resumeReads();
    expect(
      await screen.findByText("Đã hủy trước khi ghi: sổ không thay đổi gì.")
    ).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(host.written).toHaveLength(0);
    expect(host.configurations).toHaveLength(0);
    expect(
      within(screen.getByRole("status")).queryByText(/^Đã tạo các trang:/)
    ).not.toBeInTheDocument();
  });

  it("refuses to write over a sheet of the user's own that has a generated sheet's name", async () => {
    const contents = await sampleContents("seed-2018.xlsx");
    const host = new FakeHost({
      ...contents,
      sheetNames: [...contents.sheetNames, "Tổng hợp điểm 2018"],
    });
    const { user } = await openPrint(host);
    await user.click(screen.getByRole("button", { name: "Tạo trang in" }));
    expect(
      await screen.findByText(/Thi Đua không ghi đè trang của người dùng.*Tổng hợp điểm 2018/)
    ).toBeInTheDocument();
    expect(host.written).toHaveLength(0);
  });

  it("offers only the data check when problems block the result, and generates just that", async () => {
    const host = new FakeHost(await sampleContents("messy-2019.xlsx"));
    const { user } = await openPrint(host);
    expect(screen.getByText(/chỉ tạo được trang Kiểm tra dữ liệu/)).toBeInTheDocument();
    expect(screen.getAllByRole("checkbox")).toHaveLength(1);
    expect(screen.getByRole("checkbox", { name: "Kiểm tra dữ liệu 2019" })).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Tạo trang in" }));
    await generated();
    expect(host.written[0]!.map((spec) => spec.name)).toEqual(["Kiểm tra dữ liệu 2019"]);
  });

  it("shows the host's warnings after writing", async () => {
    const host = new FakeHost(await sampleContents("seed-2018.xlsx"));
    host.warnings = [
      { vi: "Excel này không đặt được lề trang.", en: "This Excel cannot set page margins." },
    ];
    const { user } = await openPrint(host);
    await user.click(screen.getByRole("button", { name: "Tạo trang in" }));
    expect(await screen.findByText("Excel này không đặt được lề trang.")).toBeInTheDocument();
  });
});
