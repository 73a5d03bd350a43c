import { localized, type Localized } from "../core/localized";
import { findPreset, PRESETS, validateProfile } from "../core/profile";
import type { RuleProfile } from "../core/profile/types";
import { HostError, XlsxHost } from "../hosts/xlsx";
import { analyzeWorkbook } from "../job/analyzeWorkbook";
import { serializeConfiguration } from "../job/configuration";
import { generateSheets } from "../job/generateSheets";
import { planGeneration } from "../job/planGeneration";
import { formatProblems, formatSummary } from "./formatReport";
import { parseArguments, type CliArguments } from "./parseArguments";
import { resultJson } from "./resultJson";

/** What the command needs from the world, so tests can run it without a terminal or disk. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Promise<Uint8Array>;
  readonly writeFile: (path: string, data: Uint8Array) => Promise<void>;
  readonly today: { readonly year: number; readonly month: number; readonly day: number };
}

/** Exit codes: 0 done; 1 problems that block the result; 2 unusable input. */
export const EXIT = { done: 0, blocked: 1, unusable: 2 } as const;

const USAGE = `thidua — Thi Đua, cho thư ký khối thi đua / for an emulation bloc's secretariat

  thidua check <book.xlsx> [--json] [--profile <preset|file.json>] [--year N] [--lang vi|en]
      In ra các vấn đề trong dữ liệu / prints the problems in the data
  thidua generate <book.xlsx> -o <out.xlsx> [--json] [--profile …] [--year N] [--lang vi|en]
      Ghi bản sao có thêm các trang kết quả / writes a copy with the result sheets added
  thidua profiles
      Liệt kê các bộ quy tắc có sẵn / lists the preset rule profiles

Mã thoát / exit codes: 0 xong / done, 1 dữ liệu có lỗi chặn kết quả / problems block the result,
2 không dùng được tệp / unusable input.
`;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArguments(argv);
  if (!parsed.ok) {
    io.stderr(`${parsed.error}\n\n${USAGE}`);
    return EXIT.unusable;
  }
  const args = parsed.value;
  if (args.command === "help") {
    io.stdout(USAGE);
    return EXIT.done;
  }
  if (args.command === "profiles") {
    for (const preset of PRESETS) io.stdout(`${preset.id}\t${preset.name[args.language]}\n`);
    return EXIT.done;
  }

  const profile = await resolveProfile(args, io);
  if (profile !== undefined && !profile.ok) return fail(io, profile.error, args);

  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(args.file!);
  } catch {
    return fail(
      io,
      localized(`Không đọc được tệp ${args.file}.`, `Cannot read the file ${args.file}.`),
      args
    );
  }
  const opened = await XlsxHost.open(bytes);
  if (!opened.ok) return fail(io, opened.error, args);
  const host = opened.value;

  const contents = await host.readWorkbook();
  const analysis = analyzeWorkbook(contents, {
    profile: profile?.value,
    year: args.year ?? undefined,
    today: io.today,
  });

  if (args.command === "generate") {
    const specs = generateSheets(analysis, { today: io.today, language: args.language });
    const plan = planGeneration(specs, contents, {
      ...analysis.configuration,
      profile: analysis.profile,
      mapping: analysis.mapping,
    });
    if (plan.clashes.length > 0) {
      const names = plan.clashes.join(", ");
      return fail(
        io,
        localized(
          `Sổ đã có trang của người dùng trùng tên: ${names}. Hãy đổi tên các trang đó; Thi Đua không ghi đè trang của người dùng.`,
          `The workbook already has sheets of its own with these names: ${names}. Rename them; Thi Đua never writes over a user's sheet.`
        ),
        args
      );
    }
    for (const name of plan.edited) {
      io.stderr(
        args.language === "vi"
          ? `Lưu ý: trang "${name}" đã bị sửa sau khi tạo; bản mới thay thế nó trong tệp kết quả.\n`
          : `Note: the sheet "${name}" was edited after it was generated; the new one replaces it in the output file.\n`
      );
    }
    try {
      const warnings = await host.writeSheets(specs, {
        configurationJson: serializeConfiguration(plan.configuration),
      });
      for (const warning of warnings) io.stderr(`${warning[args.language]}\n`);
      await io.writeFile(args.output!, await host.toBuffer());
    } catch (error) {
      return fail(io, errorMessage(error), args);
    }
    if (!args.json) {
      io.stdout(formatSummary(analysis, args.language));
      io.stdout(formatProblems(analysis.problems, args.language));
      io.stdout(
        args.language === "vi"
          ? `\nĐã ghi ${specs.length} trang vào ${args.output}: ${specs.map((s) => s.name).join(", ")}\n`
          : `\nWrote ${specs.length} sheets to ${args.output}: ${specs.map((s) => s.name).join(", ")}\n`
      );
    }
  } else if (!args.json) {
    io.stdout(formatProblems(analysis.problems, args.language));
  }
  if (args.json) io.stdout(`${JSON.stringify(resultJson(analysis, args.language), null, 2)}\n`);
  return analysis.blocked ? EXIT.blocked : EXIT.done;
}

type ProfileChoice = { ok: true; value: RuleProfile } | { ok: false; error: Localized };

async function resolveProfile(args: CliArguments, io: CliIo): Promise<ProfileChoice | undefined> {
  if (args.profile === null) return undefined;
  const preset = findPreset(args.profile);
  if (preset) return { ok: true, value: preset };
  if (!args.profile.toLowerCase().endsWith(".json")) {
    const names = PRESETS.map((p) => p.id).join(", ");
    return {
      ok: false,
      error: localized(
        `Không có bộ quy tắc "${args.profile}". Có sẵn: ${names}, hoặc một tệp .json.`,
        `No rule profile "${args.profile}". Presets: ${names}, or a .json file.`
      ),
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(await io.readFile(args.profile)));
  } catch {
    return {
      ok: false,
      error: localized(
        `Không đọc được bộ quy tắc ${args.profile} (thiếu tệp hoặc không phải JSON).`,
        `Cannot read the rule profile ${args.profile} (missing, or not JSON).`
      ),
    };
  }
  const checked = validateProfile(data);
  if (checked.ok) return { ok: true, value: checked.value };
  return {
    ok: false,
    error: localized(
      checked.problems.map((p) => p.message.vi).join("\n"),
      checked.problems.map((p) => p.message.en).join("\n")
    ),
  };
}

function fail(io: CliIo, message: Localized, args: CliArguments): number {
  io.stderr(`${message[args.language]}\n`);
  return EXIT.unusable;
}

function errorMessage(error: unknown): Localized {
  if (error instanceof HostError) return error.text;
  return localized(
    `Không ghi được kết quả: ${String(error)}`,
    `Cannot write the result: ${String(error)}`
  );
}
