#!/usr/bin/env node
// Runs the TypeScript sources directly, so `npx thidua` works right after `npm ci`.
require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "commonjs" } });
require("../src/cli/thidua.ts").startCli();
