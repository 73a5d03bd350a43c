/**
 * `npm start`: where Excel desktop exists (Windows, macOS) sideload the add-in as Microsoft's
 * template does; elsewhere build and serve the standalone page on localhost and print its address.
 */
import { spawnSync } from "child_process";
import { join } from "path";
import { serveDist } from "./serveDist";

const root = join(__dirname, "..");

function run(command: string, args: readonly string[]): number {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  return result.status ?? 1;
}

const hasExcelDesktop = process.platform === "win32" || process.platform === "darwin";
if (hasExcelDesktop && process.env.THIDUA_STANDALONE !== "1") {
  // Not a dependency: it needs keytar, a native module that does not build on every machine.
  process.exitCode = run("npx", [
    "--yes",
    "office-addin-debugging@7",
    "start",
    "manifest.xml",
    "desktop",
  ]);
} else {
  const built = run("npx", ["webpack", "--mode", "development"]);
  if (built !== 0) process.exitCode = built;
  else serveDist();
}
