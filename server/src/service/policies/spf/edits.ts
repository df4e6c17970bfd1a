/**
 * Edits on SPF records in value offsets: removing a term with its separator, appending a term,
 * and splitting a long record into character-strings at term boundaries (for `txt/string-too-long`).
 */
import type { Fix, OffsetEdit, RecordSite, RecordValue } from '../../model';
import { chunkValue, escapeZoneString, replaceValue } from '../value-edits';
import { spfOf } from './parse';

/** The value range that removes `[start, end)` together with the spaces before it. */
export function removalRange(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && (text.charCodeAt(s - 1) === 32 || text.charCodeAt(s - 1) === 9)) s--;
  return { start: s, end };
}

/** Edits that remove a term (and the spaces before it) from the value. */
export function removeTermEdits(record: RecordSite, value: RecordValue, start: number, end: number): OffsetEdit[] {
  const r = removalRange(value.text, start, end);
  return replaceValue(record, value, r.start, r.end, '');
}

/** Edits that append ` <term>` after the last non-space character of the value. */
export function appendTermEdits(record: RecordSite, value: RecordValue, term: string): OffsetEdit[] {
  let end = value.text.length;
  while (end > 0 && (value.text.charCodeAt(end - 1) === 32 || value.text.charCodeAt(end - 1) === 9)) end--;
  return replaceValue(record, value, end, end, ` ${term}`);
}

/** Splits SPF text into strings of at most `max` octets, each break right after a space between terms. */
export function splitAtTerms(text: string, max = 255): string[] {
  return chunkValue(text, max);
}

/**
 * For `txt/string-too-long` on an SPF record: a fix that rewrites the whole value as quoted
 * strings of at most 255 octets broken at term boundaries (the space stays at the end of a
 * string, so receivers join the terms correctly). Undefined for other records, other hosts, or
 * when no string is too long.
 */
export function spfSplitFix(record: RecordSite): Fix | undefined {
  const value = record.value;
  if (!value || record.host !== 'zone-file' || !spfOf(record)) return undefined;
  if (!value.strings.some((s) => s.octets > 255)) return undefined;
  const rdata = record.rdata;
  if (rdata.length === 0) return undefined;
  const range = { start: rdata[0]!.range.start, end: rdata[rdata.length - 1]!.range.end };
  const newText = splitAtTerms(value.text)
    .map((c) => `"${escapeZoneString(c, true)}"`)
    .join(' ');
  return { title: 'Split into strings of at most 255 octets between SPF terms', edits: [{ range, newText }], isPreferred: true };
}
