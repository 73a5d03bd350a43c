// ESLint as `office-addin-lint` configures it (the office-addins plugin's React config, which
// includes the Office.js rules, TypeScript and Prettier), plus the house's layering rules.
// We call ESLint directly because office-addin-lint's CLI also sends usage data.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

// The TypeScript rules' plugin object as the office-addins config registers it (one instance only).
const tsPlugin = officeAddins.configs.recommended.find(
  (config) => config.plugins?.["@typescript-eslint"]
).plugins["@typescript-eslint"];

const layers = {
  core: [
    "**/sheets/**",
    "**/documents/**",
    "**/hosts/**",
    "**/taskpane/**",
    "**/functions/**",
    "**/cli/**",
  ],
  pure: ["**/hosts/**", "**/taskpane/**", "**/functions/**", "**/cli/**"],
  runtime: [
    "react",
    "react-dom",
    "react-dom/*",
    "@fluentui/*",
    "exceljs",
    "fs",
    "fs/*",
    "path",
    "node:*",
  ],
};

function restrictImports(patterns, message) {
  return ["error", { patterns: [{ group: patterns, message }] }];
}

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**", "samples/**"] },
  ...officeAddins.configs.react,
  {
    // The plugin's TypeScript block lists no .tsx and its parser does not take effect on flat
    // config here; name the parser for every TypeScript file.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    // The compiler checks names; the core rules misread type-only names in TypeScript.
    plugins: { "@typescript-eslint": tsPlugin },
    rules: {
      "no-unused-vars": "off",
      "no-undef": "off",
      "@typescript-eslint/no-unused-vars": "error",
    },
  },
  {
    languageOptions: {
      ecmaVersion: 2022,
      globals: {
        ...globals.browser,
        ...globals.node,
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
      },
    },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "no-console": "error",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
    },
  },
  {
    files: ["src/core/**"],
    rules: {
      "no-restricted-imports": restrictImports(
        [...layers.core, ...layers.runtime],
        "src/core is pure: it imports only src/core."
      ),
    },
  },
  {
    files: ["src/sheets/**", "src/documents/**"],
    rules: {
      "no-restricted-imports": restrictImports(
        [...layers.pure, ...layers.runtime],
        "sheets and documents import only core (and themselves)."
      ),
    },
  },
  {
    files: ["src/**"],
    ignores: ["src/hosts/xlsx.ts", "src/hosts/xlsx/**"],
    rules: {
      "no-restricted-imports": restrictImports(
        ["exceljs"],
        "Only src/hosts/xlsx.ts imports exceljs."
      ),
    },
  },
  {
    files: ["src/**"],
    ignores: ["src/hosts/excel.ts", "src/hosts/excel/**", "src/functions/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "Only src/hosts/excel.ts touches Excel." },
        { name: "Office", message: "Only src/hosts/excel.ts touches Office." },
      ],
    },
  },
  {
    files: ["test/**"],
    languageOptions: { globals: { ...globals.jest } },
  },
  {
    files: ["src/cli/**", "scripts/**", "bench/**", "bin/**", "test/e2e/**"],
    rules: { "no-console": "off" },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];
