/**
 * Fixes for DKIM key records in value terms: edits of the joined value become document edits
 * through `replaceValues` (in place, or one rewrite when a string would pass 255 octets).
 */
import type { Fix, RecordSite, RecordValue } from '../../model';
import { replaceValues, type ValueEdit } from '../value-edits';
import type { Tag } from '../tag-list';
import type { DkimItem } from './parse';

export type { ValueEdit } from '../value-edits';

/** A fix made of value edits (a string that would pass 255 octets makes it a rewrite: `replaceValues`). */
export function valueFix(record: RecordSite, value: RecordValue, title: string, edits: readonly ValueEdit[], preferred = true): Fix | undefined {
  const docEdits = replaceValues(record, value, edits);
  if (docEdits.length === 0) return undefined;
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
