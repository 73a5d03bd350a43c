import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { chromium } from "playwright-core";
import ts from "typescript";
import { functionCalls, ROWS, TIMED_CALLS, timeCalls, WARM_UP_CALLS } from "./functionCalls";
import { callFigures } from "./functionFigures";
import type { Figure } from "./generateFigures";

const CHROMIUM = "/usr/bin/chromium";
const root = join(__dirname, "..");

/**
 * The same calls as `functionFigures`, made where Excel makes them: the built `functions.js` in
 * a browser (Excel on the web runs custom functions in the browser, Excel on Windows in
 * WebView2, both Chromium), with the tests' `CustomFunctions` stand-in. None without a build
 * or without Debian's Chromium.
 */
export async function browserFunctionFigures(): Promise<Figure[]> {
  const built = join(root, "dist", "functions.js");
  if (!existsSync(built) || !existsSync(CHROMIUM)) return [];
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
  try {
    const page = await browser.newPage();
    await page.setContent("<!doctype html><title>THIDUA bench</title>");
    await page.addScriptTag({ content: standInScript() });
    await page.addScriptTag({ content: readFileSync(built, "utf8") });
    const times = await page.evaluate(
      ({ calls, timing, warmUp, timed }) => {
        // `timeCalls` itself, sent as its source: the browser times as Node does.
        const time = new Function(`return ${timing}`)() as typeof timeCalls;
        const { associated } = globalThis as unknown as {
          associated: Map<string, (...args: unknown[]) => unknown>;
        };
        return calls.map(({ id, args }) => ({
          id,
          ...time(
            () => associated.get(id)!(...args),
            () => performance.now(),
            warmUp,
            timed
          ),
        }));
      },
      {
        calls: functionCalls(),
        timing: timeCalls.toString(),
        warmUp: WARM_UP_CALLS,
        timed: TIMED_CALLS,
      }
    );
    return times.flatMap(({ id, first, steady }) =>
      callFigures(
        `THIDUA.${id} over ${ROWS.toLocaleString("en")} rows, dist/functions.js in Chromium`,
        first,
        steady
      )
    );
  } finally {
    await browser.close();
  }
}

/**
 * The tests' `CustomFunctions` stand-in as a browser script, with `associate` keeping each
 * function in a global map by id, as the built file registers them.
 */
function standInScript(): string {
  const source = readFileSync(join(root, "test", "functions", "customFunctionsGlobal.ts"), "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS },
  });
  return [
    "(function (exports) {",
    outputText,
    "})({});",
    "globalThis.associated = new Map();",
    "CustomFunctions.associate = (id, fn) => globalThis.associated.set(id, fn);",
  ].join("\n");
}
