/**
 * Lets `toEqual` compare a text written when read (`DeferredText`) with the plain `{ vi, en }`
 * it stands for, as every reader of a result sees it.
 */
import { expect } from "@jest/globals";
import { DeferredText } from "../src/core/deferredText";

function plain(value: unknown): unknown {
  return value instanceof DeferredText ? value.toJSON() : value;
}

expect.addEqualityTesters([
  function deferredTextEquality(this, a, b) {
    if (!(a instanceof DeferredText) && !(b instanceof DeferredText)) return undefined;
    return this.equals(plain(a), plain(b));
  },
]);
