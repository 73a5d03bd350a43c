/** @jest-environment jsdom */
import "./domSetup";
import { screen, within } from "@testing-library/react";
import { renderPane } from "./renderPane";
import { sampleBytes } from "./workbooks";

describe("the standalone page", () => {
  it("offers to open a file or the sample before any workbook is open", () => {
    renderPane(null);
    expect(screen.getByRole("heading", { name: "Mở sổ thi đua" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Mở tệp .xlsx" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Dùng sổ mẫu (khối năm 2018)" })).toBeInTheDocument();
    expect(screen.queryByRole("tab")).not.toBeInTheDocument();
  });

  it("shows the Vietnamese reason when the chosen file is not an .xlsx workbook", async () => {
    const { user } = renderPane(null);
    const input = screen.getByLabelText("Mở tệp .xlsx", { selector: "input" });
    await user.upload(input, new File(["STT;Tên đơn vị\n1;Tỉnh đoàn"], "danh-sach.xlsx"));
    expect(
      await screen.findByText(/Tệp này không phải bảng tính Excel \.xlsx, hoặc đã bị hỏng/)
    ).toBeInTheDocument();
    expect(screen.queryByRole("tab")).not.toBeInTheDocument();
  });

  it("opens a real workbook chosen from disk and walks to its results", async () => {
    const { user } = renderPane(null);
    const input = screen.getByLabelText("Mở tệp .xlsx", { selector: "input" });
    await user.upload(
      input,
      new File([sampleBytes("seed-2018.xlsx") as BlobPart], "khoi-2018.xlsx")
    );
    expect(
      await screen.findByRole("tab", { name: /Dữ liệu/ }, { timeout: 10000 })
    ).toBeInTheDocument();
    expect(screen.getByText("khoi-2018.xlsx")).toBeInTheDocument();
  });

  it("loads the sample, generates, and offers the result for download", async () => {
    const { user } = renderPane(null, { fetchSample: async () => sampleBytes("seed-2018.xlsx") });
    await user.click(screen.getByRole("button", { name: "Dùng sổ mẫu (khối năm 2018)" }));
    await user.click(await screen.findByRole("tab", { name: /In$/ }, { timeout: 10000 }));
    await user.click(screen.getByRole("button", { name: "Tạo trang in" }));
    const download = await screen.findByRole(
      "link",
      { name: /^Tải về sổ kết quả/ },
      { timeout: 10000 }
    );
    expect(download).toHaveAttribute("href", "blob:thidua-result");
    expect(download).toHaveAttribute("download", "seed-2018-thidua.xlsx");
  });

  it("says so when the sample cannot be fetched", async () => {
    const { user } = renderPane(null, {
      fetchSample: async () => {
        throw new Error("offline");
      },
    });
    await user.click(screen.getByRole("button", { name: "Dùng sổ mẫu (khối năm 2018)" }));
    const status = screen.getByRole("status");
    expect(
      await within(status).findByText("Không tải được sổ mẫu từ trang này.")
    ).toBeInTheDocument();
  });
});
