/**
 * Runs the same metadata generation as the build (custom-functions-metadata, then the
 * Vietnamese override) on functions.ts and checks the result against the TypeScript signatures.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { readFileSync } from "fs";
import { join } from "path";
import ts from "typescript";
import { localizeMetadata } from "../../scripts/functions/localizeMetadata";
import { markdownToHtml } from "../../scripts/functions/markdownToHtml";
import { DESCRIPTIONS_VI } from "../../src/functions/descriptionsVi";

const root = join(__dirname, "..", "..");
const source = join(root, "src", "functions", "functions.ts");

interface ParameterMetadata {
  name: string;
  description?: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: ParameterMetadata[];
  result: { dimensionality?: string };
  options?: Record<string, boolean>;
}

interface Signature {
  readonly parameters: { name: string; optional: boolean; matrix: boolean }[];
}

/** Each exported function of functions.ts with its parameters, read from the TypeScript source. */
function signatures(): Map<string, Signature> {
  const file = ts.createSourceFile(
    source,
    readFileSync(source, "utf8"),
    ts.ScriptTarget.Latest,
    true
  );
  const found = new Map<string, Signature>();
  for (const statement of file.statements) {
    if (!ts.isFunctionDeclaration(statement) || !statement.name) continue;
    if (!statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword))
      continue;
    found.set(statement.name.text.toUpperCase(), {
      parameters: statement.parameters.map((parameter) => ({
        name: parameter.name.getText(),
        optional: parameter.questionToken !== undefined,
        matrix: parameter.type !== undefined && ts.isArrayTypeNode(parameter.type),
      })),
    });
  }
  return found;
}

describe("the generated custom functions metadata", () => {
  let english: FunctionMetadata[];
  let vietnamese: FunctionMetadata[];
  let mismatches: string[];
  const typed = signatures();

  beforeAll(async () => {
    const generated = await generateCustomFunctionsMetadata(source, false);
    expect(generated.errors).toEqual([]);
    english = (JSON.parse(generated.metadataJson) as { functions: FunctionMetadata[] }).functions;
    const localized = localizeMetadata(generated.metadataJson, DESCRIPTIONS_VI);
    mismatches = localized.mismatches;
    vietnamese = (JSON.parse(localized.json) as { functions: FunctionMetadata[] }).functions;
  }, 60_000);

  test("lists every exported function of functions.ts, with the same ids in English and Vietnamese", () => {
    const ids = english.map((fn) => fn.id);
    expect(ids).toEqual([
      "COMPLETION",
      "POINTS",
      "SCORE",
      "GRADE",
      "RANK",
      "VOTEPASS",
      "NOMINATE",
      "NEXTLEADER",
    ]);
    expect(new Set(ids)).toEqual(new Set(typed.keys()));
    expect(vietnamese.map((fn) => fn.id)).toEqual(ids);
    expect(vietnamese.map((fn) => fn.name)).toEqual(english.map((fn) => fn.name));
  });

  test("has a Vietnamese text for every function and parameter, and none to spare", () => {
    expect(mismatches).toEqual([]);
  });

  test("declares the parameters of the TypeScript signatures, in order, optional where they are", () => {
    for (const fn of [...english, ...vietnamese]) {
      const signature = typed.get(fn.id)!;
      const declared = fn.parameters.map((parameter) => ({
        name: parameter.name,
        optional: parameter.optional === true,
        matrix: parameter.dimensionality === "matrix",
      }));
      expect({ id: fn.id, parameters: declared }).toEqual({
        id: fn.id,
        parameters: signature.parameters,
      });
    }
  });

  test("spills: every result has matrix dimensionality", () => {
    for (const fn of english)
      expect({ id: fn.id, result: fn.result.dimensionality }).toEqual({
        id: fn.id,
        result: "matrix",
      });
  });

  test("takes RANK's tie-breaks as a repeating range parameter", () => {
    const tiebreaks = english.find((fn) => fn.id === "RANK")!.parameters[1]!;
    expect(tiebreaks).toMatchObject({
      name: "tiebreaks",
      repeating: true,
      optional: true,
      dimensionality: "matrix",
    });
  });

  test("describes every function and parameter in both languages, differently", () => {
    english.forEach((fn, index) => {
      const vi = vietnamese[index]!;
      const texts = [
        [fn.description, vi.description],
        ...fn.parameters.map((parameter, key) => [
          parameter.description,
          vi.parameters[key]!.description,
        ]),
      ];
      for (const [en, translated] of texts) {
        expect(en?.trim().length).toBeGreaterThan(10);
        expect(translated?.trim().length).toBeGreaterThan(10);
        expect(translated).not.toBe(en);
        expect(translated).toMatch(
          /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i
        );
      }
    });
  });

  test("is never volatile", () => {
    for (const fn of english) expect(fn.options?.volatile ?? false).toBe(false);
  });

  test("points each help URL at the function's section of the page the build renders", () => {
    const page = markdownToHtml(readFileSync(join(root, "docs", "functions.md"), "utf8"), "THIDUA");
    for (const fn of [...english, ...vietnamese]) {
      const anchor = fn.id.toLowerCase();
      expect(fn.helpUrl).toBe(`https://localhost:3000/functions.html#${anchor}`);
      expect(page).toContain(`id="${anchor}"`);
    }
  });
});

describe("localizeMetadata", () => {
  const metadata = JSON.stringify({
    functions: [
      { id: "F", name: "F", description: "en", parameters: [{ name: "a", description: "en a" }] },
    ],
  });

  test("replaces every description and keeps everything else", () => {
    const result = localizeMetadata(metadata, {
      F: { description: "vi", parameters: { a: "vi a" } },
    });
    expect(result.mismatches).toEqual([]);
    expect(JSON.parse(result.json)).toEqual({
      functions: [
        { id: "F", name: "F", description: "vi", parameters: [{ name: "a", description: "vi a" }] },
      ],
    });
  });

  test("names what is missing and what matches nothing", () => {
    expect(
      localizeMetadata(metadata, { F: { description: "vi", parameters: { b: "?" } } }).mismatches
    ).toEqual(["F(a): no translated description", "F(b): no such parameter"]);
    expect(
      localizeMetadata(metadata, { G: { description: "vi", parameters: {} } }).mismatches
    ).toEqual(["F: no translated description", "G: no such function"]);
  });
});
