/** Ranges and fixes moved by a number of characters (the text before them changed length). */
import type { Fix, OffsetRange } from '../model';

export function moveRange(range: OffsetRange, delta: number): OffsetRange {
  return { start: range.start + delta, end: range.end + delta };
}

export function moveFixes(fixes: readonly Fix[], delta: number): Fix[] {
  return fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, range: moveRange(e.range, delta) })) }));
}
