const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

// The THIDUA functions' build plugins are TypeScript (and tested with Jest); compile them on load.
require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "commonjs" } });
const { FunctionsLocalePlugin } = require("./scripts/functions/functionsLocalePlugin.ts");
const { HelpPagePlugin } = require("./scripts/functions/helpPagePlugin.ts");

const FUNCTIONS = "./src/functions/functions.ts";
const FUNCTIONS_TEXTS_VI = "./src/functions/descriptionsVi.ts";

/** The Vietnamese function texts, read afresh on every build (so watch mode sees edits). */
function loadFunctionTextsVi() {
  const file = require.resolve(FUNCTIONS_TEXTS_VI);
  delete require.cache[file];
  return require(file).DESCRIPTIONS_VI;
}

module.exports = (env, options) => {
  const development = options.mode === "development";
  return {
    devtool: development ? "eval-source-map" : "source-map",
    entry: {
      functions: FUNCTIONS,
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `npm run lint`'s job; ES modules let webpack drop unused code.
            options: {
              transpileOnly: true,
              compilerOptions: { module: "es2020", sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: FUNCTIONS,
      }),
      // functions-vi.json: the same metadata with Vietnamese descriptions (manifest: vi-VN override).
      new FunctionsLocalePlugin({
        input: FUNCTIONS,
        textsFile: FUNCTIONS_TEXTS_VI,
        loadTexts: loadFunctionTextsVi,
        output: "functions-vi.json",
      }),
      // functions.html: the function reference the help URLs open, from docs/functions.md.
      new HelpPagePlugin({
        input: "docs/functions.md",
        output: "functions.html",
        title: "THIDUA.* — hàm tính điểm thi đua",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The standalone page offers the seed workbook with one click.
          { from: "samples/seed-2018.xlsx", to: "samples/[name][ext]" },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      port: 3000,
    },
  };
};
