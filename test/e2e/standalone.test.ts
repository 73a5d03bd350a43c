/**
 * The built pane as a standalone page in Debian's Chromium: load the bundled seed workbook, walk
 * Data → Rules → Results → Print, generate, download, and check the downloaded nomination sheet.
 * A screenshot of each step goes to test-results/.
 */
import ExcelJS from "exceljs";
import { execFileSync } from "child_process";
import { existsSync, mkdirSync } from "fs";
import type { Server } from "http";
import type { AddressInfo } from "net";
import { join } from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { serveDirectory } from "../../scripts/serveDist";

const root = join(__dirname, "..", "..");
const dist = join(root, "dist");
const results = join(root, "test-results");
const CHROMIUM = "/usr/bin/chromium";

let server: Server;
let browser: Browser;
let page: Page;
let base: string;

beforeAll(async () => {
  if (
    !existsSync(join(dist, "taskpane.html")) ||
    !existsSync(join(dist, "samples", "seed-2018.xlsx"))
  ) {
    execFileSync("npx", ["webpack", "--mode", "production"], {
      cwd: root,
      stdio: "ignore",
      timeout: 300_000,
    });
  }
  mkdirSync(results, { recursive: true });
  server = await serveDirectory(dist, 0);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  page = await browser.newPage({ acceptDownloads: true, viewport: { width: 420, height: 900 } });
}, 360_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(results, `e2e-${name}.png`), fullPage: true });
}

test("walks the flow on the sample workbook and downloads the nominations", async () => {
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));

  await page.goto(`${base}/taskpane.html`);
  const useSample = page.getByRole("button", { name: /^Dùng sổ mẫu/ });
  await useSample.waitFor();
  await shot("1-start");

  await useSample.click();
  await page.getByRole("tab", { name: "Dữ liệu" }).waitFor({ timeout: 60_000 });
  await page
    .getByText(/Không phát hiện vấn đề/)
    .first()
    .waitFor();
  await shot("2-data");

  await page.getByRole("tab", { name: "Quy tắc" }).click();
  await page
    .getByText(/Cờ thi đua của Chính phủ/)
    .first()
    .waitFor();
  await shot("3-rules");

  await page.getByRole("tab", { name: "Kết quả" }).click();
  const ranking = page.getByRole("table").first();
  await ranking.getByRole("row").nth(1).getByText("Hội Liên hiệp Phụ nữ tỉnh").waitFor();
  await page.getByText("Cờ thi đua của Chính phủ").first().waitFor();
  await shot("4-results");

  await page.getByRole("tab", { name: "In" }).click();
  await page.getByRole("button", { name: "Tạo trang in" }).click();
  const link = page.getByRole("link", { name: /^Tải về/ });
  await link.waitFor({ timeout: 60_000 });
  await shot("5-print");

  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("seed-2018-thidua.xlsx");
  const saved = join(results, "e2e-download.xlsx");
  await download.saveAs(saved);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(saved);
  const sheet = workbook.getWorksheet("Đề nghị khen thưởng 2018");
  expect(sheet).toBeDefined();
  const text: string[] = [];
  sheet!.eachRow((row) => row.eachCell((cell) => text.push(String(cell.value))));
  const joined = text.join("\n");
  expect(joined).toContain("CỜ THI ĐUA CỦA CHÍNH PHỦ");
  expect(joined).toContain("Hội Liên hiệp Phụ nữ tỉnh");
  expect(joined).toContain("Liên đoàn Lao động tỉnh");

  // Outside Excel the page makes no request beyond its own server.
  expect(requests.filter((url) => !url.startsWith(base) && !url.startsWith("blob:"))).toEqual([]);
}, 180_000);
