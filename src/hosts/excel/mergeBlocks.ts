import type { SpecRange } from "../../documents/sheetSpec";

/** One merge call: the area, and whether each of its rows is merged on its own (`merge(true)`). */
export interface MergeBlock extends SpecRange {
  readonly across: boolean;
}

/**
 * A spec's merged areas as few `Range.merge` calls as possible: one-row merges over the same
 * columns in consecutive rows (a table's "reason" column, row after row) become one block merged
 * across; every other area is merged whole.
 */
export function mergeBlocks(merges: readonly SpecRange[]): MergeBlock[] {
  const blocks: MergeBlock[] = [];
  const rowMerges = merges
    .filter((merge) => merge.top === merge.bottom)
    .sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top);
  for (const merge of rowMerges) {
    const last = blocks[blocks.length - 1];
    if (
      last !== undefined &&
      last.left === merge.left &&
      last.right === merge.right &&
      last.bottom === merge.top - 1
    ) {
      blocks[blocks.length - 1] = { ...last, bottom: merge.bottom, across: true };
    } else {
      blocks.push({ ...merge, across: false });
    }
  }
  for (const merge of merges) {
    if (merge.top !== merge.bottom) blocks.push({ ...merge, across: false });
  }
  return blocks;
}
