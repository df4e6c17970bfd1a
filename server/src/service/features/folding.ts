/** Folding ranges: parenthesised records that span lines. */
import type { OffsetRange, ParsedDocument } from '../model';

export function foldingRanges(document: ParsedDocument): OffsetRange[] {
  return document.groups.map((g) => ({ start: g.start, end: g.end }));
}
