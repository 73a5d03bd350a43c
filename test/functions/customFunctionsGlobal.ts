/**
 * A faithful stand-in for Excel's `CustomFunctions` global, for tests that import the THIDUA
 * functions directly: the `Error` class with `code` and `message`, the `ErrorCode` values of
 * @types/custom-functions-runtime, and `associate` (which the build appends; unused in tests).
 * Defined only when absent, so it is harmless for every other test.
 */
const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
  busy: "#BUSY!",
} as const;

type Code = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

class CustomFunctionsError {
  readonly code: Code;
  readonly message?: string;

  constructor(code: Code, message?: string) {
    if (!Object.values(ERROR_CODES).includes(code))
      throw new TypeError(`Unknown error code ${String(code)}`);
    this.code = code;
    if (message !== undefined) this.message = message;
  }
}

const scope = globalThis as { CustomFunctions?: unknown };
if (scope.CustomFunctions === undefined) {
  const associated = new Map<string, unknown>();
  scope.CustomFunctions = {
    Error: CustomFunctionsError,
    ErrorCode: ERROR_CODES,
    associate: (id: string, fn: unknown) => void associated.set(id, fn),
  };
}

export {};
