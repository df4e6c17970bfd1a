/**
 * Reporting on and editing a record's value (offsets into the joined TXT text) in document
 * terms: value ranges map back through the source map; replacement text is escaped for the
 * host (zone-file character-strings now; IaC hosts add their own escaping here).
 */
import type { Fix, OffsetEdit, OffsetRange, RecordSite, RecordValue } from '../model';
import type { RuleContext } from '../rules/define-rule';
import { utf8Length } from '../text/octets';

/** Escapes text for a zone-file character-string (RFC 1035 §5.1); unquoted strings also escape spaces. */
export function escapeZoneString(text: string, quoted: boolean): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const c = text.charCodeAt(i);
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (c < 32 || c === 127) out += `\\${String(c).padStart(3, '0')}`;
    else if (!quoted && (ch === ' ' || ch === ';' || ch === '(' || ch === ')')) out += `\\${String(c).padStart(3, '0')}`;
    else out += ch;
  }
  return out;
}

/** The string (index) a value offset falls in; an offset at a boundary belongs to the later string. */
function stringAt(value: RecordValue, offset: number): number {
  let k = 0;
  while (k + 1 < value.starts.length && value.starts[k + 1]! <= offset) k++;
  return k;
}

/** Document range of a value range: one span from its first to its last piece. */
export function valueSpan(value: RecordValue, start: number, end: number): OffsetRange {
  return value.map.toDocSpan(start, end);
}

/**
 * Edits that replace value range `[start, end)` with `newText`, escaped for the host. A range
 * that crosses strings becomes one edit in the first string and deletions in the others.
 */
export function replaceValue(record: RecordSite, value: RecordValue, start: number, end: number, newText: string): OffsetEdit[] {
  return replaceValues(record, value, [{ start, end, text: newText }]);
}

/** The edit in place (the range is exact and no string outgrows 255 octets). */
function replaceInPlace(record: RecordSite, value: RecordValue, start: number, end: number, newText: string): OffsetEdit[] {
  const quoted = value.strings[stringAt(value, start)]?.quoted ?? true;
  const escaped = record.encodeValue ? record.encodeValue(newText, start) : escapeZoneString(newText, quoted);
  const ranges = value.map.toDocRanges(start, end);
  return ranges.map((range, i) => ({ range, newText: i === 0 ? escaped : '' }));
}

/**
 * True when value range `[start, end)` can be edited in place: it cuts no atomic piece (an escape,
 * or a host value decoded only as a whole) and maps to document ranges in order.
 */
export function isExactValueRange(value: RecordValue, start: number, end: number): boolean {
  const pieces = value.map.pieces;
  // The first piece that ends at or after `start` (pieces are in value order).
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid]!.valueStart + pieces[mid]!.valueLength < start) lo = mid + 1;
    else hi = mid;
  }
  let prevDocEnd = -1;
  for (let i = lo; i < pieces.length; i++) {
    const s = pieces[i]!;
    const sEnd = s.valueStart + s.valueLength;
    if (sEnd <= start && !(start === end && sEnd === start)) continue;
    if (s.valueStart >= end && !(start === end && s.valueStart === start)) break;
    if (s.atomic && (start > s.valueStart || end < sEnd) && !(start === end && (start === s.valueStart || start === sEnd))) return false;
    // Pieces that share document text (strings decoded from one coarse host value) cannot be told apart.
    if (s.docStart < prevDocEnd) return false;
    prevDocEnd = s.docStart + s.docLength;
  }
  return true;
}

/** One rewrite of the whole value with `edits` applied (none when the host cannot rewrite). */
function wholeValueEdits(record: RecordSite, value: RecordValue, edits: readonly ValueEdit[]): OffsetEdit[] {
  let text = value.text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  const whole = rewriteValue(record, text);
  return whole ? [whole] : [];
}

/**
 * Edits for several non-overlapping value edits of one fix: each in place, or, when one of them
 * cuts an atomic piece, one rewrite of the whole value (so the edits never overlap).
 */
export function replaceValues(record: RecordSite, value: RecordValue, edits: readonly ValueEdit[]): OffsetEdit[] {
  if (edits.every((e) => isExactValueRange(value, e.start, e.end)) && !outgrows(value, edits)) {
    return edits.flatMap((e) => replaceInPlace(record, value, e.start, e.end, e.text));
  }
  return wholeValueEdits(record, value, edits);
}

/** An edit of a value: replace `[start, end)` with `text`. */
export interface ValueEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * True when the edits, made in place, would take a character-string that fits past 255 octets
 * (RFC 1035 §3.3): the value must then be written again, split into strings that fit.
 */
function outgrows(value: RecordValue, edits: readonly ValueEdit[]): boolean {
  const growth = new Map<number, number>();
  for (const e of edits) {
    const k = stringAt(value, e.start);
    // The new text lands in string k; the removed text comes out of strings k and after.
    const removedInK = Math.max(0, Math.min(e.end, value.starts[k + 1] ?? value.text.length) - e.start);
    growth.set(k, (growth.get(k) ?? 0) + utf8Length(e.text) - utf8Length(value.text.slice(e.start, e.start + removedInK)));
  }
  // A string already over 255 octets is reported (and split) by txt/string-too-long: edits in it stay in place.
  for (const [k, delta] of growth) {
    const octets = value.strings[k]?.octets ?? 0;
    if (delta > 0 && octets <= 255 && octets + delta > 255) return true;
  }
  return false;
}

/** Splits a value into character-strings of at most `max` octets, breaking after spaces where possible. */
export function chunkValue(text: string, max = 255): string[] {
  const chunks: string[] = [];
  let i = 0;
  while (i < text.length) {
    let octets = 0;
    let j = i;
    let lastBreak = -1;
    while (j < text.length) {
      const c = text.charCodeAt(j);
      const size = c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 4 : 3;
      if (octets + size > max) break;
      octets += size;
      j += size === 4 ? 2 : 1;
      if (c === 32) lastBreak = j;
    }
    if (j < text.length && lastBreak > i) j = lastBreak;
    chunks.push(text.slice(i, j));
    i = j;
  }
  return chunks.length > 0 ? chunks : [''];
}

/** An edit that replaces all of a record's RDATA with `newValue` as quoted strings of at most 255 octets. */
export function rewriteValue(record: RecordSite, newValue: string): OffsetEdit | undefined {
  if (record.rewriteValue) return record.rewriteValue(newValue);
  const rdata = record.rdata;
  if (rdata.length === 0 || record.host !== 'zone-file') return undefined;
  const range = { start: rdata[0]!.range.start, end: rdata[rdata.length - 1]!.range.end };
  const text = chunkValue(newValue)
    .map((c) => `"${escapeZoneString(c, true)}"`)
    .join(' ');
  return { range, newText: text };
}

/** Reports on value ranges of one record. */
export interface ValueReporter {
  report(start: number, end: number, message: string, fixes?: readonly Fix[]): void;
  /** A fix that replaces value range `[start, end)` with `newText`. */
  replace(title: string, start: number, end: number, newText: string, preferred?: boolean): Fix;
}

export function valueReporter(record: RecordSite, value: RecordValue, context: RuleContext): ValueReporter {
  return {
    report(start, end, message, fixes) {
      context.report({ range: valueSpan(value, start, end), message, record, ...(fixes && fixes.length > 0 ? { fixes } : {}) });
    },
    replace(title, start, end, newText, preferred = true) {
      return { title, edits: replaceValue(record, value, start, end, newText), ...(preferred ? { isPreferred: true } : {}) };
    },
  };
}
