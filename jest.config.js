/** @type {import('jest').Config} */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // Defines Excel's CustomFunctions global (only when absent) for the THIDUA function tests.
  setupFiles: ["<rootDir>/test/functions/customFunctionsGlobal.ts"],
  // Texts written when read compare equal to the plain texts they stand for.
  setupFilesAfterEnv: ["<rootDir>/test/setupEquality.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
};
