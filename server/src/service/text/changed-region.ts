/**
 * The region where two versions of a text differ: the common prefix and suffix compared a chunk
 * at a time (string slices compare natively), then character by character.
 */

export interface ChangedRegion {
  /** Where the texts start to differ. */
  readonly start: number;
  /** End of the differing text in the old and in the new version (the rest is equal). */
  readonly oldEnd: number;
  readonly newEnd: number;
}

const CHUNK = 4096;

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + CHUNK <= n && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix, at most `limit`. */
function commonSuffix(a: string, b: string, limit: number): number {
  const la = a.length;
  const lb = b.length;
  let k = 0;
  while (k + CHUNK <= limit && a.slice(la - k - CHUNK, la - k) === b.slice(lb - k - CHUNK, lb - k)) k += CHUNK;
  while (k < limit && a.charCodeAt(la - 1 - k) === b.charCodeAt(lb - 1 - k)) k++;
  return k;
}

export function changedRegion(oldText: string, newText: string): ChangedRegion {
  const start = commonPrefix(oldText, newText);
  const suffix = commonSuffix(oldText, newText, Math.min(oldText.length, newText.length) - start);
  return { start, oldEnd: oldText.length - suffix, newEnd: newText.length - suffix };
}
