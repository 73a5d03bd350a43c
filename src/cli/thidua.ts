import { mkdir, readFile, writeFile } from "fs/promises";
import { dirname } from "path";
import { EXIT, runCli } from "./main";

/** The `thidua` command's entry: real stdout, stderr, disk and clock. */
export function startCli(): void {
  const now = new Date();
  runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: async (path, data) => {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, data);
    },
    today: { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() },
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // A bug, not bad input: say so briefly, without a stack trace for the user.
      process.stderr.write(`Lỗi chương trình / internal error: ${String(error)}\n`);
      process.exitCode = EXIT.unusable;
    }
  );
}
