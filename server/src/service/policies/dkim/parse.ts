/**
 * DKIM key records (RFC 6376 §3.6.1) on the shared tag-list parser: tags with their value
 * ranges, colon lists split into items, and the public key decoded once. Never throws; offsets
 * are into the joined TXT value.
 */
import type { RecordSite } from '../../model';
import { cached } from '../cache';
import { classify } from '../kinds';
import { parseTagList, type Tag, type TagListProblem } from '../tag-list';
import { decodeBase64, readKey, type Base64Problem, type KeyReading } from './key';

/** One entry of a colon-separated list (`h=sha1:sha256`). */
export interface DkimItem {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** A tag, with the items of its value for the list tags `h`, `s` and `t`. */
export interface DkimTag extends Tag {
  readonly items?: readonly DkimItem[];
}

/** The decoded `p=` value (absent for an empty, revoked key). */
export interface DkimKey {
  /** Value range of the key text (the `p` value). */
  readonly start: number;
  readonly end: number;
  /** PEM armour (`-----BEGIN PUBLIC KEY-----`) inside the value: the base64 between the lines. */
  readonly pem?: { readonly base64: string };
  /** Why the text is not base64; offsets are into the record value. */
  readonly base64Problem?: Base64Problem;
  readonly bytes?: Uint8Array;
  /** What the bytes are, for the key types `rsa` and `ed25519`. */
  readonly reading?: KeyReading;
}

export interface DkimRecord {
  readonly tags: readonly DkimTag[];
  readonly problems: readonly TagListProblem[];
  /** Key type, lower case (`k=`, default `rsa`). */
  readonly keyType: string;
  /** The first tag of that exact name (tag names are case-sensitive, RFC 6376 §3.2). */
  get(name: string): DkimTag | undefined;
  /** The decoded key, when `p=` is present and not empty. */
  readonly key?: DkimKey;
}

const LIST_TAGS: ReadonlySet<string> = new Set(['h', 's', 't']);

function isWsp(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10;
}

/** Splits a colon-separated list value into items (whitespace around `:` allowed). */
export function splitItems(text: string, start: number, end: number): DkimItem[] {
  const items: DkimItem[] = [];
  let i = start;
  while (i <= end) {
    let j = text.indexOf(':', i);
    if (j < 0 || j > end) j = end;
    let a = i;
    while (a < j && isWsp(text.charCodeAt(a))) a++;
    let b = j;
    while (b > a && isWsp(text.charCodeAt(b - 1))) b--;
    items.push({ value: text.slice(a, b), start: a, end: b });
    i = j + 1;
  }
  return items;
}

const PEM_BEGIN = '-----BEGIN';

/** The base64 inside PEM armour: the text between the BEGIN and END lines, without whitespace. */
function pemBody(text: string): string | undefined {
  const begin = text.indexOf(PEM_BEGIN);
  if (begin < 0) return undefined;
  const afterBegin = text.indexOf('-----', begin + PEM_BEGIN.length);
  if (afterBegin < 0) return undefined;
  const bodyStart = afterBegin + 5;
  let bodyEnd = text.indexOf('-----END', bodyStart);
  if (bodyEnd < 0) bodyEnd = text.length;
  let out = '';
  for (let i = bodyStart; i < bodyEnd; i++) if (!isWsp(text.charCodeAt(i))) out += text[i];
  return out;
}

function decodeKey(text: string, start: number, end: number, keyType: string): DkimKey {
  const raw = text.slice(start, end);
  const pem = pemBody(raw);
  if (pem !== undefined) return { start, end, pem: { base64: pem } };
  const decoded = decodeBase64(raw);
  if ('problem' in decoded) {
    const p = decoded.problem;
    return { start, end, base64Problem: { kind: p.kind, offset: start + p.offset, end: start + p.end } };
  }
  const bytes = decoded.bytes;
  if (keyType !== 'rsa' && keyType !== 'ed25519') return { start, end, bytes };
  return { start, end, bytes, reading: readKey(bytes, keyType) };
}

/** Parses a DKIM key record value. */
export function parseDkim(text: string): DkimRecord {
  const list = parseTagList(text);
  const exact = new Map<string, DkimTag>();
  const tags: DkimTag[] = list.tags.map((tag) => {
    const node: DkimTag = LIST_TAGS.has(tag.name) ? { ...tag, items: splitItems(text, tag.valueStart, tag.valueEnd) } : tag;
    if (!exact.has(node.name)) exact.set(node.name, node);
    return node;
  });
  // Duplicates count by exact name: `p=` and `P=` are different tags (RFC 6376 §3.2).
  const problems = list.problems.filter((p) => p.kind !== 'duplicate' || (p.tag && p.first && p.tag.name === p.first.name));
  const k = exact.get('k');
  const keyType = k ? k.value.toLowerCase() : 'rsa';
  const p = exact.get('p');
  const key = p && p.valueEnd > p.valueStart ? decodeKey(text, p.valueStart, p.valueEnd, keyType) : undefined;
  return { tags, problems, keyType, get: (name) => exact.get(name), ...(key ? { key } : {}) };
}

/**
 * The parsed DKIM key record of a TXT record, or undefined when it is not one. Memoised per
 * record value, so every rule shares one parse and one key decode. ADSP records
 * (`_adsp._domainkey`, RFC 5617, historic) are not key records.
 */
export function dkimOf(record: RecordSite): DkimRecord | undefined {
  const c = classify(record);
  if (c?.kind !== 'dkim' || !record.value) return undefined;
  if (record.owner.startsWith('_adsp._domainkey.')) return undefined;
  const value = record.value;
  return cached('dkim', value, () => parseDkim(value.text));
}

/**
 * The value range to report a key problem on: the key from its start to the end of the string
 * it starts in, so that a key split across lines is marked on one line (where `p=` is).
 */
export function keyHead(record: RecordSite, key: DkimKey): { start: number; end: number } {
  const starts = record.value?.starts ?? [];
  let end = key.end;
  for (const s of starts) if (s > key.start && s < end) end = s;
  return { start: key.start, end };
}
