import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { resolve } from "path";
import { Compilation, sources, WebpackError, type Compiler } from "webpack";
import { localizeMetadata, type FunctionTexts } from "./localizeMetadata";

const NAME = "FunctionsLocalePlugin";

export interface FunctionsLocalePluginOptions {
  /** The custom functions source, as given to CustomFunctionsMetadataPlugin. */
  readonly input: string;
  /** The file holding the translated texts (watched for changes). */
  readonly textsFile: string;
  /** Reads the translated texts, keyed by function id; called on every build. */
  readonly loadTexts: () => Readonly<Record<string, FunctionTexts>>;
  /** The asset to write, e.g. "functions-vi.json". */
  readonly output: string;
}

/**
 * Writes a locale override of the custom functions metadata (e.g. functions-vi.json): the
 * metadata generated from the same JSDoc as functions.json, with the descriptions translated
 * (see `localizeMetadata`). A function or parameter without a translation fails the build.
 */
export class FunctionsLocalePlugin {
  constructor(private readonly options: FunctionsLocalePluginOptions) {}

  apply(compiler: Compiler): void {
    const input = resolve(compiler.context, this.options.input);
    const textsFile = resolve(compiler.context, this.options.textsFile);
    let generated: { json: string; errors: string[] } = { json: "", errors: [] };
    compiler.hooks.beforeCompile.tapPromise(NAME, async () => {
      generated = await this.generate(input);
    });
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.fileDependencies.add(textsFile);
      compilation.hooks.processAssets.tap(
        { name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          for (const error of generated.errors)
            compilation.errors.push(new WebpackError(`${NAME}: ${error}`));
          if (generated.errors.length === 0)
            compilation.emitAsset(this.options.output, new sources.RawSource(generated.json));
        }
      );
    });
  }

  private async generate(input: string): Promise<{ json: string; errors: string[] }> {
    const result = await generateCustomFunctionsMetadata(input, false);
    if (result.errors.length > 0) return { json: "", errors: result.errors };
    try {
      const localized = localizeMetadata(result.metadataJson, this.options.loadTexts());
      return {
        json: localized.json,
        errors: localized.mismatches.map((text) => `${this.options.textsFile}: ${text}`),
      };
    } catch (error) {
      return { json: "", errors: [`${this.options.textsFile}: ${String(error)}`] };
    }
  }
}
