/**
 * A range as Excel hands it to a custom function: rows of cell values. A single cell comes as
 * [[value]]; an omitted optional argument comes as null (the parameter types say `unknown[][]`
 * only because the metadata generator needs a bare array type to declare a matrix parameter).
 */
export type Matrix = unknown[][];

/** What a function puts in one cell of its result. */
export type Cell = number | string | boolean | CustomFunctions.Error;
