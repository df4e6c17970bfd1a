/**
 * Fixes for DKIM key records in value terms: edits of the joined value become document edits
 * in the strings they fall in, or, when a string would grow past 255 octets (a key that gets
 * longer), one rewrite of the whole value split into strings of at most 255 octets.
 */
import type { Fix, OffsetEdit, RecordSite, RecordValue } from '../../model';
import { utf8Length } from '../../text/octets';
import { replaceValues, rewriteValue } from '../value-edits';
import type { Tag } from '../tag-list';
import type { DkimItem } from './parse';

/** An edit of the value: replace `[start, end)` with `text`. */
export interface ValueEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function stringIndex(value: RecordValue, offset: number): number {
  let k = 0;
  while (k + 1 < value.starts.length && value.starts[k + 1]! <= offset) k++;
  return k;
}

/** The value after the edits (which must not overlap). */
export function applyValueEdits(text: string, edits: readonly ValueEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** A fix made of value edits. */
export function valueFix(record: RecordSite, value: RecordValue, title: string, edits: readonly ValueEdit[], preferred = true): Fix | undefined {
  // Octets each string gains; a string that would pass 255 octets means a rewrite.
  const growth = new Map<number, number>();
  let overflow = false;
  for (const e of edits) {
    const k = stringIndex(value, e.start);
    // The edit's text lands in string k; the removed text comes out of strings k..endK.
    const removedInK = Math.min(e.end, value.starts[k + 1] ?? value.text.length) - e.start;
    const delta = utf8Length(e.text) - utf8Length(value.text.slice(e.start, e.start + Math.max(0, removedInK)));
    growth.set(k, (growth.get(k) ?? 0) + delta);
  }
  for (const [k, delta] of growth) if ((value.strings[k]?.octets ?? 0) + delta > 255) overflow = true;
  let docEdits: OffsetEdit[];
  if (overflow) {
    const whole = rewriteValue(record, applyValueEdits(value.text, edits));
    if (!whole) return undefined;
    docEdits = [whole];
  } else {
    docEdits = replaceValues(record, value, edits);
  }
  return { title, edits: docEdits, ...(preferred ? { isPreferred: true } : {}) };
}

function isWsp(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10;
}

/**
 * The value range to delete to remove a tag-spec: the spec, its `;` and the whitespace after
 * it; for the last spec without `;`, the `;` before it and the whitespace between.
 */
export function tagRemoval(text: string, tag: Tag): ValueEdit {
  if (tag.semicolon >= 0) {
    let end = tag.semicolon + 1;
    while (end < text.length && isWsp(text.charCodeAt(end))) end++;
    let start = tag.start;
    if (end === text.length) while (start > 0 && isWsp(text.charCodeAt(start - 1))) start--;
    return { start, end, text: '' };
  }
  let start = tag.start;
  while (start > 0 && isWsp(text.charCodeAt(start - 1))) start--;
  if (start > 0 && text.charCodeAt(start - 1) === 59) start--;
  else start = tag.start;
  let end = tag.end;
  while (end < text.length && isWsp(text.charCodeAt(end))) end++;
  return { start, end, text: '' };
}

/** The value edit that removes one item of a colon list, with one of its colons. */
export function itemRemoval(items: readonly DkimItem[], index: number): ValueEdit {
  const item = items[index]!;
  if (index + 1 < items.length) return { start: item.start, end: items[index + 1]!.start, text: '' };
  const prev = items[index - 1]!;
  return { start: prev.end, end: item.end, text: '' };
}
