/** @jest-environment jsdom */
import "./domSetup";
import { screen, within } from "@testing-library/react";
import { NATIONAL_2025_PROFILE, SEED_BLOC_2018_PROFILE } from "../../src/core/profile";
import { FakeHost } from "./fakeHost";
import { renderPane } from "./renderPane";
import { sampleContents } from "./workbooks";

async function openRules() {
  const host = new FakeHost(await sampleContents("seed-2018.xlsx"));
  const view = renderPane(host);
  await view.user.click(await screen.findByRole("tab", { name: /Quy tắc/ }));
  return { host, ...view };
}

/** The award proposed in a unit's row on the Results step (its reasons follow in a list). */
function proposalOf(unit: string): string {
  const table = screen.getByRole("table", { name: "Đề nghị khen thưởng" });
  const row = within(table)
    .getAllByRole("row")
    .find((candidate) => within(candidate).queryAllByRole("cell")[0]?.textContent === unit);
  const cell = within(row!).getAllByRole("cell")[1]!;
  const reasons = within(cell).getByRole("list").textContent ?? "";
  return (cell.textContent ?? "").slice(0, -reasons.length || undefined);
}

describe("the Rules step", () => {
  it("shows the workbook's profile and its settings in plain Vietnamese", async () => {
    await openRules();
    expect(screen.getByRole("combobox", { name: "Bộ quy tắc" })).toHaveTextContent(
      SEED_BLOC_2018_PROFILE.name.vi
    );
    expect(screen.getByText("Đang dùng bộ quy tắc lưu trong sổ.")).toBeInTheDocument();
    expect(screen.getByText(/^Thang điểm 1000; tính theo điểm do khối chấm/)).toBeInTheDocument();
    expect(
      screen.getByText(/^Cờ thi đua của Chính phủ: tối đa 1 đơn vị; chỉ đơn vị dẫn đầu khối/)
    ).toBeInTheDocument();
  });

  it("switching to the national preset changes the proposals: the provincial flag needs the leading unit", async () => {
    const { user } = await openRules();
    await user.click(screen.getByRole("combobox", { name: "Bộ quy tắc" }));
    await user.click(screen.getByRole("option", { name: NATIONAL_2025_PROFILE.name.vi }));
    expect(screen.getByText("Quy tắc đã đổi, chưa lưu vào sổ.")).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: /Kết quả/ }));
    expect(proposalOf("Liên đoàn Lao động tỉnh")).toBe("Không đề nghị");
    expect(proposalOf("Hội Liên hiệp Phụ nữ tỉnh")).toBe("Cờ thi đua của Chính phủ");
  });

  it("editing a quota changes the proposals, and saving writes the edited profile once", async () => {
    const { user, host } = await openRules();
    const flag = screen.getByRole("group", { name: /Cờ thi đua của Ủy ban nhân dân tỉnh/ });
    const rank = within(flag).getByRole("textbox", { name: /Hạng thấp nhất được xét/ });
    await user.clear(rank);
    await user.type(rank, "1");
    expect(screen.getByRole("combobox", { name: "Bộ quy tắc" })).toHaveTextContent("(đã chỉnh)");
    await user.click(screen.getByRole("button", { name: "Lưu vào sổ" }));
    expect(host.configurations).toHaveLength(1);
    expect(JSON.parse(host.configurations[0]!).profile.awards[1].bestRank).toBe(1);
    expect(await screen.findByText(/Đã lưu quy tắc/)).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: /Kết quả/ }));
    expect(proposalOf("Liên đoàn Lao động tỉnh")).toBe("Không đề nghị");
  });

  it("an invalid threshold shows the profile check's message and leaves the results as they were", async () => {
    const { user } = await openRules();
    const grades = screen.getByRole("group", { name: "Chấm điểm và xếp loại" });
    const excellent = within(grades).getByRole("textbox", { name: /Hoàn thành xuất sắc nhiệm vụ/ });
    await user.clear(excellent);
    await user.type(excellent, "5000");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Thay đổi chưa được áp dụng vì quy tắc không hợp lệ");
    expect(alert).toHaveTextContent("grades");
    await user.click(screen.getByRole("tab", { name: /Kết quả/ }));
    expect(proposalOf("Liên đoàn Lao động tỉnh")).toBe("Cờ thi đua của Ủy ban nhân dân tỉnh");
  });

  it("a field that is not a number says so and changes nothing", async () => {
    const { user } = await openRules();
    const ballot = screen.getByRole("group", { name: "Bỏ phiếu" });
    const threshold = within(ballot).getByRole("textbox", { name: /Ngưỡng phiếu đạt/ });
    await user.clear(threshold);
    await user.type(threshold, "nửa");
    expect(within(ballot).getByText("Hãy nhập một số.")).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Bộ quy tắc" })).toHaveTextContent(
      SEED_BLOC_2018_PROFILE.name.vi
    );
  });
});
