import { readFileSync } from "fs";
import { join } from "path";
import { runCli, type CliIo } from "../../src/cli/main";

export const SAMPLES = join(__dirname, "..", "..", "samples");

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly files: ReadonlyMap<string, Uint8Array>;
}

/** Runs the command in memory: `files` are the readable files; written files come back in `files`. */
export async function runInMemory(
  argv: readonly string[],
  files: Record<string, Uint8Array> = {}
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const disk = new Map<string, Uint8Array>(Object.entries(files));
  const io: CliIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readFile: async (path) => {
      const data = disk.get(path);
      if (data === undefined) throw new Error(`ENOENT ${path}`);
      return data;
    },
    writeFile: async (path, data) => {
      disk.set(path, data);
    },
    today: { year: 2026, month: 11, day: 25 },
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr, files: disk };
}

export function sample(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(SAMPLES, name)));
}
