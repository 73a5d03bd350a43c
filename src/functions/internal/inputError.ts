import { localized } from "../../core/localized";
import type { ArgumentName } from "./argumentNames";
import { argumentLabel } from "./argumentNames";
import { cellError } from "./cellError";

/**
 * When an input cell holds an Excel error (#N/A, #DIV/0!…), the same error for the result
 * cell, saying which argument carried it, as Excel's own functions pass errors on; else null.
 */
export function inputError(value: unknown, argument: ArgumentName): CustomFunctions.Error | null {
  if (typeof value !== "object" || value === null) return null;
  const code = (value as { code?: unknown }).code;
  if (typeof code !== "string" || !code.startsWith("#")) return null;
  const name = argumentLabel(argument);
  const known = (Object.values(CustomFunctions.ErrorCode) as string[]).includes(code);
  return cellError(
    localized(`${name.vi} có lỗi ${code}.`, `${name.en} holds the error ${code}.`),
    known ? (code as CustomFunctions.ErrorCode) : CustomFunctions.ErrorCode.notAvailable
  );
}
