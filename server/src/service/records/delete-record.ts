/**
 * Deleting a zone-file record from its document: the edit that removes its line(s), used by the
 * quick fixes that drop a duplicate or merged record. Refused when the lines hold other text, or
 * when deleting the record would change the next one (it inherits the owner, or the TTL when no
 * `$TTL` sets a default: RFC 1035 §5.1, RFC 2308 §4).
 */
import type { OffsetEdit, ParsedDocument, RecordSite } from '../model';

/**
 * The index of `record` in `records` (document order, so ascending `range.start`), found by
 * binary search; -1 when it is not there.
 */
export function indexOfRecord(records: readonly RecordSite[], record: RecordSite): number {
  const start = record.range.start;
  let lo = 0;
  let hi = records.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (records[mid]!.range.start < start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < records.length && records[i]!.range.start === start; i++) if (records[i] === record) return i;
  // Records out of offset order (a host that lists them otherwise): look through them all.
  return records.indexOf(record);
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** The edit that deletes a zone-file record's line(s) from `document`, or undefined when that is not safe. */
export function deleteRecordLines(document: ParsedDocument, record: RecordSite): OffsetEdit | undefined {
  if (record.host !== 'zone-file' || record.uri !== document.uri) return undefined;
  const index = indexOfRecord(document.records, record);
  if (index < 0) return undefined;
  const next = document.records[index + 1];
  // Deleting a named record would hand its name to a following record with a blank owner, and
  // (without $TTL) its explicit TTL to following records that inherit it.
  if (next && next.ownerRange === undefined && record.ownerRange !== undefined) return undefined;
  if (next && record.ttlRange && !next.ttlRange && !document.directives.some((d) => d.name.toUpperCase() === '$TTL')) return undefined;
  const text = document.text;
  let start = record.range.start;
  while (start > 0 && isBlank(text.charCodeAt(start - 1))) start--;
  if (start > 0 && text.charCodeAt(start - 1) !== 10) return undefined;
  let end = record.range.end;
  while (end < text.length && isBlank(text.charCodeAt(end))) end++;
  if (end < text.length && text.charCodeAt(end) === 59 /* ; */) {
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  }
  if (end < text.length) {
    const c = text.charCodeAt(end);
    if (c === 13 && text.charCodeAt(end + 1) === 10) end += 2;
    else if (c === 10 || c === 13) end += 1;
    else return undefined;
  } else if (start > 0) {
    // Last line without a line break: remove the break before it instead.
    start -= 1;
    if (start > 0 && text.charCodeAt(start - 1) === 13) start -= 1;
  }
  return { range: { start, end }, newText: '' };
}
