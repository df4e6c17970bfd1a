/**
 * Moves a diagnostic computed for a previous version of a document to the current one, after
 * the text [start, oldEnd) was replaced and everything after it moved by `delta`.
 */
import type { OffsetRange } from '../model';
import { moveFixes, moveRange } from '../text/moved';
import type { ServiceDiagnostic } from './diagnostic';

/**
 * Where a range lies relative to the edited text: before it, after it, or touching it (an empty
 * range on a boundary counts as touching).
 */
function side(range: OffsetRange, start: number, oldEnd: number): -1 | 1 | 0 {
  if (range.end < start || (range.end === start && range.start < start)) return -1;
  if (range.start > oldEnd || (range.start === oldEnd && range.end > oldEnd)) return 1;
  return 0;
}

/**
 * The diagnostic at its new offsets (the same object when it lies before the edit), or undefined
 * when it (or one of its fixes) touches the edited text and must be computed again.
 */
export function shiftDiagnostic(d: ServiceDiagnostic, start: number, oldEnd: number, delta: number): ServiceDiagnostic | undefined {
  const where = side(d.range, start, oldEnd);
  if (where === 0) return undefined;
  const fixes = d.fixes;
  if (fixes) {
    for (const fix of fixes) for (const e of fix.edits) if (side(e.range, start, oldEnd) !== where) return undefined;
  }
  if (where < 0 || delta === 0) return d;
  return { ...d, range: moveRange(d.range, delta), ...(fixes ? { fixes: moveFixes(fixes, delta) } : {}) };
}
