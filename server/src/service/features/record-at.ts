/** Finds the record under an offset (records are in document order). */
import type { OffsetRange, RecordSite } from '../model';

export const within = (r: OffsetRange | undefined, offset: number): r is OffsetRange => !!r && r.start <= offset && offset <= r.end;

/** The record whose range (or owner) holds the offset, by binary search. */
export function recordAt(records: readonly RecordSite[], offset: number): RecordSite | undefined {
  let lo = 0;
  let hi = records.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (records[mid]!.range.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // A blank-owner record may start at its TTL or type; look at the nearest two.
  for (let i = found; i >= 0 && i >= found - 1; i--) {
    const r = records[i]!;
    if (within(r.range, offset) || within(r.ownerRange, offset)) return r;
  }
  return undefined;
}
