/**
 * DMARC record parser (RFC 9989 §4.8, RFC 7489 §6.4) on top of the shared tag-list parser. Never
 * throws; every offset is into the record value (the joined TXT text). Recovers from a missing
 * `;` between tags (`p=reject rua=...`) so each tag keeps its own value, and parses report URI
 * lists into URIs with their scheme, address and RFC 7489 size suffix.
 */
import type { RecordSite } from '../../model';
import { cached } from '../cache';
import { classify } from '../kinds';
import { parseTagList, type Tag, type TagListProblem } from '../tag-list';
import { dmarcTag } from './tags';

export type VersionState =
  /** `v=DMARC1` first. */
  | 'ok'
  /** `v=` first with the right letters in the wrong case (`v=dmarc1`). */
  | 'case'
  /** `v=` first with another value (`v=DMARC2`, `v=`). */
  | 'other'
  /** A `v=` tag, but not first. */
  | 'not-first'
  /** No `v=` tag at all. */
  | 'missing';

export interface DmarcUri {
  /** The URI as written, size suffix included. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The scheme in lower case, or undefined when there is no valid `scheme:`. */
  readonly scheme?: string;
  /** End of the URI proper (where the `!` size suffix starts, or `end`). */
  readonly uriEnd: number;
  /** For `mailto:`: the address and its domain (lower case, no trailing dot). */
  readonly address?: string;
  readonly domain?: string;
  /** For other schemes with an authority (`https://host/`): the host in lower case. */
  readonly host?: string;
  /** The RFC 7489 size suffix after `!`, without the `!` (may be malformed), and its range. */
  readonly size?: string;
  readonly sizeStart?: number;
  /** Size in bytes when the suffix is well formed. */
  readonly sizeBytes?: number;
}

export interface UriList {
  readonly uris: readonly DmarcUri[];
  /** Value offsets of empty list elements (`a,,b`, a trailing `,`): the offset of the extra comma. */
  readonly emptyCommas: readonly number[];
}

export interface DmarcRecord {
  readonly text: string;
  readonly tags: readonly Tag[];
  /** First tag of each name (lower case). */
  readonly byName: ReadonlyMap<string, Tag>;
  readonly problems: readonly TagListProblem[];
  /** Offsets of whitespace where a `;` is missing between two tags. */
  readonly missingSemicolons: readonly number[];
  readonly version: VersionState;
  /** The `v` tag, when there is one. */
  readonly versionTag?: Tag;
  /** Number of whitespace characters before the first tag. */
  readonly leadingSpace: number;
  /** True when the text is a DMARC record at all: a `v` tag, or a tag DMARC defines. */
  readonly looksLikeDmarc: boolean;
  /** The `rua`/`ruf` lists once parsed (see `uriListOf`). */
  readonly uriLists: { rua?: UriList; ruf?: UriList };
}

function isWsp(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10;
}

function isAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isNameChar(c: number): boolean {
  return isAlpha(c) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * Offsets of whitespace inside a tag value that is followed by `name=`: a `;` is missing there.
 * One linear pass: state "name" until `=`, then "value" until `;`.
 */
function findMissingSemicolons(text: string): number[] {
  const out: number[] = [];
  let inValue = false;
  let sawValueChar = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 59 /* ; */) {
      inValue = false;
      continue;
    }
    if (!inValue) {
      if (c === 61 /* = */) {
        inValue = true;
        sawValueChar = false;
      }
      continue;
    }
    if (!isWsp(c)) {
      sawValueChar = true;
      continue;
    }
    if (!sawValueChar) continue;
    // Whitespace after some value text: is it followed by `name *WSP =`?
    let j = i;
    while (j < text.length && isWsp(text.charCodeAt(j))) j++;
    if (j >= text.length || !isAlpha(text.charCodeAt(j))) {
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < text.length && isNameChar(text.charCodeAt(k))) k++;
    let m = k;
    while (m < text.length && isWsp(text.charCodeAt(m))) m++;
    const prev = text.charCodeAt(i - 1);
    if (text.charCodeAt(m) === 61 && prev !== 44 /* , */ && prev !== 58 /* : */) {
      out.push(i);
      // The new tag's `=` starts its value.
      i = m;
      sawValueChar = false;
      continue;
    }
    i = j - 1;
  }
  return out;
}

export function parseDmarc(text: string): DmarcRecord {
  const missingSemicolons = findMissingSemicolons(text);
  let source = text;
  if (missingSemicolons.length > 0) {
    const chars = text.split('');
    for (const at of missingSemicolons) chars[at] = ';';
    source = chars.join('');
  }
  const list = parseTagList(source);
  let leadingSpace = 0;
  while (leadingSpace < text.length && isWsp(text.charCodeAt(leadingSpace))) leadingSpace++;
  const first = list.tags[0];
  const v = list.byName.get('v');
  let version: VersionState;
  let versionTag: Tag | undefined;
  if (first && first.name.toLowerCase() === 'v') {
    versionTag = first;
    version = first.value === 'DMARC1' ? 'ok' : first.value.toLowerCase() === 'dmarc1' ? 'case' : 'other';
  } else if (v) {
    versionTag = v;
    version = 'not-first';
  } else {
    version = 'missing';
  }
  // Problems before the first tag (`; v=DMARC1`) do not make the first tag anything else.
  const looksLikeDmarc = versionTag !== undefined || list.tags.some((t) => dmarcTag(t.name) !== undefined && t.name.length > 0);
  return { text, tags: list.tags, byName: list.byName, problems: list.problems, missingSemicolons, version, ...(versionTag ? { versionTag } : {}), leadingSpace, looksLikeDmarc, uriLists: {} };
}

/** The parsed DMARC record of a TXT record classified as `dmarc` or `dmarc-report`, shared by all rules. */
export function dmarcOf(record: RecordSite): DmarcRecord | undefined {
  const c = classify(record);
  if (c?.kind !== 'dmarc' && c?.kind !== 'dmarc-report') return undefined;
  return cached('dmarc', record.value!, () => parseDmarc(record.value!.text));
}

const SIZE_UNITS: Readonly<Record<string, number>> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

function isSchemeChar(c: number): boolean {
  return isAlpha(c) || (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
}

function parseUri(text: string, start: number, end: number): DmarcUri {
  const raw = text.slice(start, end);
  const bang = raw.indexOf('!');
  const uriEnd = bang >= 0 ? start + bang : end;
  const uri = text.slice(start, uriEnd);
  let scheme: string | undefined;
  const colon = uri.indexOf(':');
  if (colon > 0 && isAlpha(uri.charCodeAt(0))) {
    let ok = true;
    for (let i = 1; ok && i < colon; i++) ok = isSchemeChar(uri.charCodeAt(i));
    if (ok) scheme = uri.slice(0, colon).toLowerCase();
  }
  let address: string | undefined;
  let domain: string | undefined;
  let host: string | undefined;
  if (scheme === 'mailto') {
    const rest = uri.slice(colon + 1);
    const q = rest.indexOf('?');
    address = q >= 0 ? rest.slice(0, q) : rest;
    const at = address.lastIndexOf('@');
    if (at > 0 && at < address.length - 1) {
      domain = address.slice(at + 1).toLowerCase();
      if (domain.endsWith('.')) domain = domain.slice(0, -1);
    }
  } else if (scheme !== undefined && uri.startsWith('//', colon + 1)) {
    let h = uri.slice(colon + 3);
    const slash = h.search(/[/?#]/);
    if (slash >= 0) h = h.slice(0, slash);
    const at = h.lastIndexOf('@');
    if (at >= 0) h = h.slice(at + 1);
    const port = h.lastIndexOf(':');
    if (port >= 0 && !h.startsWith('[')) h = h.slice(0, port);
    if (h.length > 0) host = h.toLowerCase().replace(/\.$/, '');
  }
  let size: string | undefined;
  let sizeBytes: number | undefined;
  if (bang >= 0) {
    size = raw.slice(bang + 1);
    let d = 0;
    while (d < size.length && size.charCodeAt(d) >= 48 && size.charCodeAt(d) <= 57) d++;
    const unit = size.slice(d).toLowerCase();
    if (d > 0 && unit in SIZE_UNITS && d <= 15) sizeBytes = Number(size.slice(0, d)) * SIZE_UNITS[unit]!;
  }
  return {
    text: raw,
    start,
    end,
    uriEnd,
    ...(scheme !== undefined ? { scheme } : {}),
    ...(address !== undefined ? { address } : {}),
    ...(domain !== undefined ? { domain } : {}),
    ...(host !== undefined ? { host } : {}),
    ...(size !== undefined ? { size, sizeStart: start + bang + 1 } : {}),
    ...(sizeBytes !== undefined ? { sizeBytes } : {}),
  };
}

/** Splits a `rua`/`ruf` value into URIs (`*WSP "," *WSP` between them). */
export function parseUriList(text: string, tag: Tag): UriList {
  const uris: DmarcUri[] = [];
  const emptyCommas: number[] = [];
  if (tag.valueStart >= tag.valueEnd) return { uris, emptyCommas };
  let i = tag.valueStart;
  for (;;) {
    let comma = text.indexOf(',', i);
    if (comma < 0 || comma >= tag.valueEnd) comma = -1;
    const stop = comma < 0 ? tag.valueEnd : comma;
    let a = i;
    while (a < stop && isWsp(text.charCodeAt(a))) a++;
    let b = stop;
    while (b > a && isWsp(text.charCodeAt(b - 1))) b--;
    if (a === b) {
      // An empty element: report the comma that made it (the one before, or this one for a leading comma).
      emptyCommas.push(i > tag.valueStart ? i - 1 : comma >= 0 ? comma : i);
    } else {
      uris.push(parseUri(text, a, b));
    }
    if (comma < 0) break;
    i = comma + 1;
  }
  return { uris, emptyCommas };
}

/** The URI lists of a record, memoised with it. */
export function uriListOf(record: DmarcRecord, name: 'rua' | 'ruf'): UriList | undefined {
  const tag = record.byName.get(name);
  if (!tag) return undefined;
  return (record.uriLists[name] ??= parseUriList(record.text, tag));
}

/** A valid report URI: a scheme and, for `mailto:`, an address with a domain. */
export function isValidReportUri(uri: DmarcUri): boolean {
  if (uri.scheme === undefined) return false;
  if (uri.scheme === 'mailto') return uri.domain !== undefined;
  return true;
}

/** The policy domain of a `_dmarc.<domain>` owner (absolute, lower case, no trailing dot), or undefined. */
export function policyDomain(owner: string): string | undefined {
  if (!owner.startsWith('_dmarc.')) return undefined;
  const rest = owner.slice(7);
  const name = rest.endsWith('.') ? rest.slice(0, -1) : rest;
  return name.length > 0 ? name : undefined;
}

