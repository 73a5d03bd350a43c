import { writeZip } from "./writeZip";
import { entryText, textEntry } from "./zipData";
import { zipEntries, type ZipEntry } from "./zipEntries";

/**
 * The parts of an Office package (an `.xlsx` zip) by path, for editing a few of them: parts
 * not changed keep their stored bytes, compressed as they were, and their place in the archive.
 * Part names are compared without regard to case, as the package format does.
 */
export class OfficePackage {
  private readonly entries: (ZipEntry | null)[];
  private readonly indexOf = new Map<string, number>();
  /** New text by entry index. */
  private readonly changed = new Map<number, string>();
  /** Names of the parts added since reading, by entry index. */
  private readonly addedNames = new Map<number, string>();

  private constructor(entries: ZipEntry[]) {
    this.entries = entries;
    entries.forEach((entry, index) => this.indexOf.set(entry.name.toLowerCase(), index));
  }

  /** The package in `bytes`; throws a `PackageError` for a damaged zip archive. */
  static read(bytes: Uint8Array): OfficePackage {
    return new OfficePackage(zipEntries(bytes));
  }

  /** Whether a part (or folder entry) of this path is in the package. */
  has(path: string): boolean {
    return this.indexOf.has(path.toLowerCase());
  }

  /** A part's text, as last set; null when there is no such part. */
  async text(path: string): Promise<string | null> {
    const index = this.indexOf.get(path.toLowerCase());
    if (index === undefined) return null;
    const changed = this.changed.get(index);
    if (changed !== undefined) return changed;
    return entryText(this.entries[index]!);
  }

  /** Sets a part's text: in its place when it exists, else as a new part at the end. */
  set(path: string, text: string): void {
    let index = this.indexOf.get(path.toLowerCase());
    if (index === undefined) {
      index = this.entries.length;
      this.entries.push(null);
      this.indexOf.set(path.toLowerCase(), index);
      this.addedNames.set(index, path);
    }
    this.changed.set(index, text);
  }

  remove(path: string): void {
    const index = this.indexOf.get(path.toLowerCase());
    if (index === undefined) return;
    this.entries[index] = null;
    this.changed.delete(index);
    this.indexOf.delete(path.toLowerCase());
  }

  /** The package as `.xlsx` bytes; the parts set are compressed together. */
  async toBytes(): Promise<Uint8Array> {
    const made = new Map(
      await Promise.all(
        [...this.changed].map(async ([index, text]) => {
          // A part that was there keeps its name as the archive spelt it.
          const name = this.entries[index]?.name ?? this.addedNames.get(index)!;
          return [index, await textEntry(name, text)] as const;
        })
      )
    );
    const entries: ZipEntry[] = [];
    this.entries.forEach((entry, index) => {
      const written = made.get(index) ?? entry;
      if (written !== null && written !== undefined) entries.push(written);
    });
    return writeZip(entries);
  }
}
