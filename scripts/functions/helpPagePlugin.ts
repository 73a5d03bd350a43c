import { readFileSync } from "fs";
import { resolve } from "path";
import { Compilation, sources, WebpackError, type Compiler } from "webpack";
import { markdownToHtml } from "./markdownToHtml";

const NAME = "HelpPagePlugin";

export interface HelpPagePluginOptions {
  /** The Markdown source, e.g. "docs/functions.md" (watched for changes). */
  readonly input: string;
  /** The page to write, e.g. "functions.html". */
  readonly output: string;
  readonly title: string;
}

/**
 * Writes an HTML page rendered from a Markdown file (see `markdownToHtml`), so that the help
 * URLs of the custom functions open a page the build emits.
 */
export class HelpPagePlugin {
  constructor(private readonly options: HelpPagePluginOptions) {}

  apply(compiler: Compiler): void {
    const input = resolve(compiler.context, this.options.input);
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.fileDependencies.add(input);
      compilation.hooks.processAssets.tap(
        { name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          let markdown: string;
          try {
            markdown = readFileSync(input, "utf8");
          } catch (error) {
            compilation.errors.push(
              new WebpackError(`${NAME}: cannot read ${input}: ${String(error)}`)
            );
            return;
          }
          compilation.emitAsset(
            this.options.output,
            new sources.RawSource(markdownToHtml(markdown, this.options.title))
          );
        }
      );
    });
  }
}
