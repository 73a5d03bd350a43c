export interface CliArguments {
  readonly command: "check" | "generate" | "profiles" | "help";
  readonly file: string | null;
  readonly output: string | null;
  readonly json: boolean;
  readonly profile: string | null;
  readonly year: number | null;
  readonly language: "vi" | "en";
}

/** Parses `thidua <command> [file] [options]`; an error is a message for stderr. */
export function parseArguments(
  argv: readonly string[]
): { ok: true; value: CliArguments } | { ok: false; error: string } {
  const [command, ...rest] = argv;
  if (command === undefined || command === "help" || command === "--help" || command === "-h") {
    return { ok: true, value: { ...EMPTY, command: "help" } };
  }
  if (command !== "check" && command !== "generate" && command !== "profiles") {
    return { ok: false, error: `Lệnh không rõ / unknown command: ${command}` };
  }
  let args: CliArguments = { ...EMPTY, command };
  for (let index = 0; index < rest.length; index++) {
    const argument = rest[index]!;
    const value = () => rest[++index];
    switch (argument) {
      case "--json":
        args = { ...args, json: true };
        break;
      case "-o":
      case "--output":
        args = { ...args, output: value() ?? null };
        if (args.output === null)
          return { ok: false, error: "Thiếu tên tệp sau -o / missing file name after -o" };
        break;
      case "--profile":
        args = { ...args, profile: value() ?? null };
        if (args.profile === null)
          return { ok: false, error: "Thiếu tên sau --profile / missing name after --profile" };
        break;
      case "--year": {
        const year = Number(value());
        if (!Number.isInteger(year) || year < 1900 || year > 2200) {
          return {
            ok: false,
            error: "--year cần một năm, ví dụ 2025 / --year needs a year, e.g. 2025",
          };
        }
        args = { ...args, year };
        break;
      }
      case "--lang": {
        const language = value();
        if (language !== "vi" && language !== "en") return { ok: false, error: "--lang vi | en" };
        args = { ...args, language };
        break;
      }
      default:
        if (argument.startsWith("-") || args.file !== null) {
          return { ok: false, error: `Tham số không rõ / unknown argument: ${argument}` };
        }
        args = { ...args, file: argument };
    }
  }
  if (command !== "profiles" && args.file === null) {
    return { ok: false, error: "Thiếu tệp .xlsx / missing the .xlsx file" };
  }
  if (command === "generate" && args.output === null) {
    return {
      ok: false,
      error: "generate cần -o <tệp kết quả.xlsx> / generate needs -o <out.xlsx>",
    };
  }
  return { ok: true, value: args };
}

const EMPTY: CliArguments = {
  command: "help",
  file: null,
  output: null,
  json: false,
  profile: null,
  year: null,
  language: "vi",
};
