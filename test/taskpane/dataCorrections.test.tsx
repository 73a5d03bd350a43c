/** @jest-environment jsdom */
import "./domSetup";
import { screen, waitFor, within } from "@testing-library/react";
import { FakeHost } from "./fakeHost";
import { renderPane } from "./renderPane";
import { officeListedWorkbook, staffSheetWorkbook, unitsMisreadWorkbook } from "./workbooks";

// Each test renders the whole pane and re-analyses the workbook on every correction.
jest.setTimeout(30_000);

const CHANGED = /Cách đọc bảng đã đổi \(chưa lưu vào sổ\)\./;

function rankedUnits(): string[] {
  const table = screen.getByRole("table", { name: "Xếp hạng" });
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) => within(row).getAllByRole("cell")[1]?.textContent ?? "");
}

describe("correcting the tables on the Data step", () => {
  it("removes a staff list read as a second units table, by keyboard, and saves the mapping without it", async () => {
    const host = new FakeHost(staffSheetWorkbook());
    const { user } = renderPane(host);
    await user.click(
      await screen.findByRole("button", { name: /Danh sách đơn vị — Trang “Cán bộ”/ })
    );
    expect(screen.getAllByText(/đã có trong một bảng danh sách đơn vị khác/).length).toBe(2);
    expect(screen.queryByText(CHANGED)).not.toBeInTheDocument();

    const remove = screen.getByRole("button", {
      name: "Không phải bảng này: Danh sách đơn vị, trang “Cán bộ”",
    });
    remove.focus();
    await user.keyboard("{Enter}");

    expect(screen.queryByRole("button", { name: /Trang “Cán bộ”/ })).not.toBeInTheDocument();
    expect(
      screen.getByRole("button", { name: /Danh sách đơn vị — Trang “Đơn vị”/ })
    ).toBeInTheDocument();
    expect(screen.getByText(CHANGED)).toHaveTextContent(
      /^Đã bỏ bảng “Danh sách đơn vị” — Trang “Cán bộ”\./
    );
    expect(screen.getByText("Không phát hiện vấn đề nào.")).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Danh sách đơn vị" })).toHaveTextContent(
      /^Đơn vị$/
    );
    const save = screen.getByRole("button", { name: "Lưu cách đọc vào sổ" });
    expect(save).toHaveFocus();

    await user.click(save);
    expect(host.configurations).toHaveLength(1);
    const tables = JSON.parse(host.configurations[0]!).mapping.tables as { sheetName: string }[];
    expect(tables.map((table) => table.sheetName)).toEqual(["Đơn vị", "Chấm điểm"]);
    expect(screen.queryByText(CHANGED)).not.toBeInTheDocument();
    // Read back from the workbook, the stored mapping keeps the staff list out.
    const refresh = screen.getByRole("button", { name: "Đọc lại" });
    await user.click(refresh);
    await waitFor(() => expect(refresh).toBeEnabled());
    expect(host.reads).toBe(2);
    expect(screen.queryByRole("button", { name: /Trang “Cán bộ”/ })).not.toBeInTheDocument();
    expect(screen.getByText("Không phát hiện vấn đề nào.")).toBeInTheDocument();
  });

  it("ends the units table above the bloc's office: the office leaves the ranking", async () => {
    const host = new FakeHost(officeListedWorkbook());
    const { user } = renderPane(host);
    expect(await screen.findByText(/Văn phòng Khối chưa được chấm điểm/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /Danh sách đơn vị — Trang “Đơn vị”/ }));
    const form = screen.getByRole("form", {
      name: "Dòng dữ liệu: Danh sách đơn vị, trang “Đơn vị”",
    });
    const last = within(form).getByRole("textbox", { name: /Dòng dữ liệu cuối cùng/ });
    expect(within(form).getByRole("textbox", { name: /Dòng dữ liệu đầu tiên/ })).toHaveValue("4");
    expect(last).toHaveValue("10");

    await user.clear(last);
    await user.type(last, "9");
    await user.click(within(form).getByRole("button", { name: "Áp dụng dòng dữ liệu" }));

    expect(screen.getByText(CHANGED)).toBeInTheDocument();
    expect(screen.getByText("Dòng tiêu đề: 3; Dòng dữ liệu: 4–9")).toBeInTheDocument();
    expect(screen.getByText("Không phát hiện vấn đề nào.")).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: /Kết quả/ }));
    const units = rankedUnits();
    expect(units).toHaveLength(6);
    expect(units).not.toContain("Văn phòng Khối");
    expect(units[0]).toBe("Hội Liên hiệp Phụ nữ tỉnh");
  });

  it("refuses rows that are not whole numbers, outside the sheet, or upside down, and applies nothing", async () => {
    const host = new FakeHost(officeListedWorkbook());
    const { user } = renderPane(host);
    await user.click(
      await screen.findByRole("button", { name: /Danh sách đơn vị — Trang “Đơn vị”/ })
    );
    const form = screen.getByRole("form", { name: /^Dòng dữ liệu: Danh sách đơn vị/ });
    const first = within(form).getByRole("textbox", { name: /Dòng dữ liệu đầu tiên/ });
    const last = within(form).getByRole("textbox", { name: /Dòng dữ liệu cuối cùng/ });
    const apply = within(form).getByRole("button", { name: "Áp dụng dòng dữ liệu" });

    await user.clear(last);
    await user.type(last, "9,5");
    await user.click(apply);
    expect(
      within(form).getByText("Hãy nhập số dòng là một số nguyên, ví dụ 5.")
    ).toBeInTheDocument();

    await user.clear(last);
    await user.type(last, "40");
    await user.click(apply);
    expect(
      within(form).getByText("Dòng phải nằm dưới dòng tiêu đề và trong trang: từ 4 đến 11.")
    ).toBeInTheDocument();

    await user.clear(first);
    await user.type(first, "8");
    await user.clear(last);
    await user.type(last, "6");
    await user.click(apply);
    expect(
      within(form).getByText("Dòng cuối cùng không được ở trên dòng đầu tiên.")
    ).toBeInTheDocument();

    await user.click(screen.getByRole("switch", { name: "English" }));
    expect(
      within(screen.getByRole("form", { name: /^Data rows: Units/ })).getByText(
        "The last row cannot be above the first row."
      )
    ).toBeInTheDocument();

    expect(screen.queryByText(/The table mapping changed/)).not.toBeInTheDocument();
    expect(screen.getByText("Header row: 3; Data rows: 4–10")).toBeInTheDocument();
  });

  it("reads the sheet the clerk names as the units list when none was found", async () => {
    const host = new FakeHost(unitsMisreadWorkbook());
    const { user } = renderPane(host);
    expect(await screen.findByText(/^Chưa có danh sách đơn vị/)).toHaveTextContent(
      /chọn trang chứa nó ở mục “Trang chứa từng bảng”/
    );
    expect(screen.getByRole("button", { name: /Bảng chấm điểm — Trang “DS”/ })).toBeInTheDocument();
    const units = screen.getByRole("combobox", { name: "Danh sách đơn vị" });
    expect(units).toHaveTextContent("(chưa tìm thấy)");

    await user.click(units);
    await user.click(screen.getByRole("option", { name: "DS" }));

    expect(
      await screen.findByRole("button", { name: /Danh sách đơn vị — Trang “DS”/ })
    ).toBeInTheDocument();
    expect(
      screen.queryByRole("button", { name: /Bảng chấm điểm — Trang “DS”/ })
    ).not.toBeInTheDocument();
    expect(screen.queryByText(/^Chưa có danh sách đơn vị/)).not.toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Danh sách đơn vị" })).toHaveTextContent(/^DS$/);
    expect(screen.getByText(CHANGED)).toBeInTheDocument();
    expect(screen.getByText("Không phát hiện vấn đề nào.")).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: /Kết quả/ }));
    expect(rankedUnits()).toHaveLength(6);
  });

  it("says what a sheet lacks when it cannot hold the kind chosen, and changes nothing", async () => {
    const host = new FakeHost(unitsMisreadWorkbook());
    const { user } = renderPane(host);
    const votes = await screen.findByRole("combobox", { name: "Kết quả bỏ phiếu" });
    await user.click(votes);
    await user.click(screen.getByRole("option", { name: "Chấm điểm" }));
    expect(
      screen.getByText(
        "Trang “Chấm điểm” không có bảng “Kết quả bỏ phiếu” đọc được: cần một dòng tiêu đề có các cột Đơn vị, Hình thức khen thưởng, Số phiếu đồng ý."
      )
    ).toBeInTheDocument();
    expect(screen.queryByText(CHANGED)).not.toBeInTheDocument();
    expect(
      screen.queryByRole("button", { name: /Kết quả bỏ phiếu — Trang/ })
    ).not.toBeInTheDocument();
  });
});
