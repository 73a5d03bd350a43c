/**
 * A package part the writer cannot make sense of (a workbook part without its `<sheets>`, say).
 * Thrown by the package helpers and turned into a `HostError` by the host: only a damaged or
 * foreign file gets there, since the file opened.
 */
export class PackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PackageError";
  }
}
