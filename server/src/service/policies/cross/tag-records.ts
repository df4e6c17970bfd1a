/**
 * Shared pieces of the version-tagged tag-list records of BIMI (draft-brand-indicators-for-
 * message-identification §4.2), MTA-STS (RFC 8461 §3.1) and TLS-RPT (RFC 8460 §3): the check
 * that the record begins with its exact version tag, field-name and value syntax, URI checks and
 * the table type that drives hover and completion. Pure; never throws.
 */
import type { RecordSite } from '../../model';
import type { RuleContext } from '../../rules/define-rule';
import type { Tag, TagList } from '../tag-list';
import { contentKind, type PolicyKind } from '../kinds';
import { valueReporter, valueSpan } from '../value-edits';

/** One tag of a record kind: drives hover, completion and the rules' messages. */
export interface TagInfo {
  readonly name: string;
  readonly title: string;
  /** Markdown. */
  readonly description: string;
  readonly required?: boolean;
  /** Allowed values with what each means (enumerated tags only). */
  readonly values?: readonly { readonly value: string; readonly description: string }[];
  /** Completion text for the value (snippet syntax allowed). */
  readonly valueSnippet?: string;
  /** As cited: `RFC 8460 §3`. */
  readonly cite: string;
  readonly href: string;
}

/** What is wrong with the version tag, with the value range to report and an optional repair. */
export interface VersionProblem {
  readonly kind: 'missing' | 'wrong' | 'not-first' | 'unseparated';
  readonly start: number;
  readonly end: number;
  /** Replace `[start, end)` with this text. */
  readonly replacement?: string;
  /** Or rewrite the whole value to this. */
  readonly rewrite?: string;
  /** The version as written, when there is one. */
  readonly written?: string;
}

/**
 * Checks that `text` begins with exactly `v=<version>` (case-sensitive, no whitespace around
 * `=`, nothing before it), followed by the end, whitespace or `;`. Undefined when it does.
 */
export function checkVersion(text: string, list: TagList, version: string): VersionProblem | undefined {
  const tag = `v=${version}`;
  const first = list.tags[0];
  if (text.startsWith(tag)) {
    const c = text.charCodeAt(tag.length);
    if (Number.isNaN(c) || c === 59 || c === 32 || c === 9) {
      if (first?.value === version) return undefined;
      // `v=STSv1 id=...`: the `;` after the version is missing.
      return { kind: 'unseparated', start: 0, end: tag.length, written: text.slice(0, first?.end ?? tag.length), replacement: `${tag};` };
    }
    // `v=STSv1,id=...`, `v=BIMI1:l=...`: the right version with a wrong separator.
    if (c === 44 || c === 58 || c === 46 || c === 124) {
      return { kind: 'unseparated', start: 0, end: tag.length + 1, written: text.slice(0, first?.end ?? tag.length + 1), replacement: `${tag}; ` };
    }
  }
  const v = list.tags.find((t) => t.name.toLowerCase() === 'v');
  if (first && v === first) {
    // `V=BIMI1`, `v = STSv1`, ` v=STSv1`, `v=stsv1`: the version meant is clear; write it exactly.
    const fixable = first.value.toLowerCase() === version.toLowerCase();
    return { kind: 'wrong', start: fixable ? 0 : first.start, end: first.end, written: text.slice(first.start, first.end), ...(fixable ? { replacement: tag } : {}) };
  }
  if (v) {
    const cut = v.semicolon >= 0 ? v.semicolon + 1 : v.end;
    const rest = (text.slice(0, v.start) + text.slice(cut)).trim().replace(/;\s*$/, '');
    const fixable = v.value.toLowerCase() === version.toLowerCase();
    return { kind: 'not-first', start: v.start, end: v.end, written: text.slice(v.start, v.end), ...(fixable ? { rewrite: rest ? `${tag}; ${rest}` : tag } : {}) };
  }
  const trimmed = text.trimEnd();
  const start = text.length - text.trimStart().length;
  return { kind: 'missing', start: Math.min(start, trimmed.length), end: trimmed.length };
}

/**
 * Reports on value range `[start, end)` of a record; an empty range (an empty TXT value) is
 * reported on the record's RDATA instead, so the diagnostic is never invisible.
 */
export function reportRange(record: RecordSite, start: number, end: number): { start: number; end: number } {
  const value = record.value!;
  if (end > start) return valueSpan(value, start, end);
  const rdata = record.rdata;
  const first = rdata[0];
  const last = rdata[rdata.length - 1];
  return first && last ? { start: first.range.start, end: last.range.end } : record.typeRange;
}

/** Reports a version problem of a record kind with its fix. */
export function reportVersion(record: RecordSite, context: RuleContext, problem: VersionProblem, message: string, version: string, rewriteEdit?: () => import('../../model').OffsetEdit | undefined): void {
  const value = record.value!;
  const at = valueReporter(record, value, context);
  const fixes = [];
  if (problem.replacement !== undefined) fixes.push(at.replace(problem.kind === 'unseparated' ? `Add \`;\` after \`v=${version}\`` : `Write \`v=${version}\``, problem.start, problem.end, problem.replacement));
  else if (problem.rewrite !== undefined && rewriteEdit) {
    const edit = rewriteEdit();
    if (edit) fixes.push({ title: `Move \`v=${version}\` to the front`, edits: [edit], isPreferred: true });
  }
  context.report({ range: reportRange(record, problem.start, problem.end), message, record, ...(fixes.length ? { fixes } : {}) });
}

const isAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * An extension field name of MTA-STS and TLS-RPT: `(ALPHA / DIGIT) *31(ALPHA / DIGIT / "_" /
 * "-" / ".")` (RFC 8461 §3.1, RFC 8460 §3).
 */
export function isExtensionName(name: string): boolean {
  if (name.length === 0 || name.length > 32) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const ok = isAlpha(c) || isDigit(c) || (i > 0 && (c === 95 || c === 45 || c === 46));
    if (!ok) return false;
  }
  return true;
}

/** An extension value: `1*(%x21-3A / %x3C / %x3E-7E)` (no space, `;` or `=`). Index of the first bad character, or -1. */
export function badExtensionValueAt(value: string): number {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x21 || c > 0x7e || c === 0x3b || c === 0x3d) return i;
  }
  return -1;
}

/** A host name that is a fully qualified domain name: two or more LDH labels, a non-numeric last label. */
export function isFqdn(host: string): boolean {
  const name = host.endsWith('.') ? host.slice(0, -1) : host;
  const labels = name.split('.');
  if (labels.length < 2) return false;
  for (const label of labels) {
    if (label.length === 0 || label.length > 63) return false;
    for (let i = 0; i < label.length; i++) {
      const c = label.charCodeAt(i);
      if (!(isAlpha(c) || isDigit(c) || c === 45)) return false;
    }
    if (label.startsWith('-') || label.endsWith('-')) return false;
  }
  return !/^[0-9]+$/.test(labels[labels.length - 1]!);
}

/** The result of looking at one URI. */
export type UriCheck =
  | { readonly ok: true; readonly scheme: string; readonly host?: string; readonly path?: string }
  | { readonly ok: false; readonly problem: 'no-scheme' | 'bad-char' | 'no-host' | 'bad-host' | 'bad-mailbox'; readonly scheme?: string };

/**
 * Looks at a URI the way the record kinds use them: `https://host[:port][/path][?query]` with
 * an FQDN host, or `mailto:local@domain`. Other schemes are reported by the caller.
 */
export function checkUri(uri: string): UriCheck {
  const colon = uri.indexOf(':');
  const scheme = colon > 0 ? uri.slice(0, colon) : '';
  if (!/^[A-Za-z][A-Za-z0-9+.-]*$/.test(scheme)) return { ok: false, problem: 'no-scheme' };
  for (let i = 0; i < uri.length; i++) {
    const c = uri.charCodeAt(i);
    if (c <= 0x20 || c >= 0x7f || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x5c || c === 0x5e || c === 0x60 || c === 0x7b || c === 0x7c || c === 0x7d) {
      return { ok: false, problem: 'bad-char', scheme };
    }
  }
  const lower = scheme.toLowerCase();
  const rest = uri.slice(colon + 1);
  if (lower === 'mailto') {
    const q = rest.indexOf('?');
    const address = q >= 0 ? rest.slice(0, q) : rest;
    const at = address.lastIndexOf('@');
    if (at <= 0 || !isFqdn(address.slice(at + 1))) return { ok: false, problem: 'bad-mailbox', scheme };
    return { ok: true, scheme: lower };
  }
  if (lower === 'https' || lower === 'http') {
    if (!rest.startsWith('//')) return { ok: false, problem: 'no-host', scheme };
    const after = rest.slice(2);
    let end = 0;
    while (end < after.length && after[end] !== '/' && after[end] !== '?' && after[end] !== '#') end++;
    let authority = after.slice(0, end);
    if (authority.includes('@')) authority = authority.slice(authority.lastIndexOf('@') + 1);
    const host = authority.replace(/:[0-9]*$/, '');
    if (host === '') return { ok: false, problem: 'no-host', scheme };
    if (!isFqdn(host)) return { ok: false, problem: 'bad-host', scheme };
    let pathEnd = end;
    while (pathEnd < after.length && after[pathEnd] !== '?' && after[pathEnd] !== '#') pathEnd++;
    return { ok: true, scheme: lower, host, path: after.slice(end, pathEnd) };
  }
  return { ok: true, scheme: lower };
}

/** Items of a comma-separated list with whitespace around commas, as value offsets. */
export function commaItems(tag: Tag): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  const value = tag.value;
  let i = 0;
  while (i <= value.length) {
    let j = value.indexOf(',', i);
    if (j < 0) j = value.length;
    let a = i;
    let b = j;
    while (a < b && (value[a] === ' ' || value[a] === '\t')) a++;
    while (b > a && (value[b - 1] === ' ' || value[b - 1] === '\t')) b--;
    out.push({ text: value.slice(a, b), start: tag.valueStart + a, end: tag.valueStart + b });
    i = j + 1;
    if (j === value.length) break;
  }
  return out;
}

/**
 * The value range that removing `tag` deletes: from the `;` before it (so removing several
 * neighbouring tags never makes overlapping edits), or, for the first spec, through its own `;`.
 */
export function tagRemovalRange(text: string, tag: Tag): { start: number; end: number } {
  let start = tag.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  if (start > 0 && text[start - 1] === ';') return { start: start - 1, end: tag.end };
  let end = tag.semicolon >= 0 ? tag.semicolon + 1 : tag.end;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  return { start: tag.start, end };
}

/**
 * Reports the field syntax problems of an MTA-STS or TLS-RPT record (RFC 8461 §3.1, RFC 8460
 * §3): a spec without `=`, an extension name outside `(ALPHA / DIGIT) *31(ALPHA / DIGIT / "_" /
 * "-" / ".")`, an empty value or one with spaces, `;` or `=`, and a field given twice. Fields in
 * `own` (checked by their own rules) are skipped except for duplicates; the first spec is the version.
 */
export function reportMalformedFields(record: RecordSite, context: RuleContext, list: TagList, text: string, own: ReadonlySet<string>, label: string): void {
  const at = valueReporter(record, record.value!, context);
  for (const p of list.problems) {
    if (p.kind === 'missing-equals') {
      at.report(p.start, p.end, `\`${text.slice(p.start, p.end)}\` is not a \`name=value\` field, so the ${label} record is invalid and senders ignore it: write it as \`name=value\` or remove it.`);
    } else if (p.kind === 'duplicate' && p.tag) {
      at.report(p.tag.start, p.tag.end, `\`${p.tag.name}=\` appears more than once, so it is unclear which one applies and senders may reject the ${label} record: keep one.`);
    }
  }
  for (let i = 1; i < list.tags.length; i++) {
    const tag = list.tags[i]!;
    if (own.has(tag.name) || tag.name.toLowerCase() === 'v') continue;
    if (!isExtensionName(tag.name)) {
      at.report(tag.nameStart, Math.max(tag.nameEnd, tag.nameStart + 1), `\`${tag.name}\` is not a valid field name (letters, digits, \`_\`, \`-\` and \`.\`, up to 32, starting with a letter or digit), so the ${label} record is invalid: correct or remove the field.`);
      continue;
    }
    if (tag.value === '') {
      at.report(tag.start, tag.end, `\`${tag.name}=\` has no value, which the ${label} syntax does not allow, so senders may reject the record: give it a value or remove it.`);
      continue;
    }
    const bad = badExtensionValueAt(tag.value);
    if (bad >= 0) {
      const ch = tag.value[bad]!;
      const what = ch === ' ' || ch === '\t' ? 'a space' : `\`${ch}\``;
      at.report(tag.valueStart, tag.valueEnd, `The value of \`${tag.name}=\` holds ${what}, which field values may not contain, so the ${label} record is invalid: separate fields with \`;\` and remove the character.`);
    }
  }
}

/**
 * How many different TXT records at `record`'s owner announce `kind` by their content (`v=...`,
 * any case). Identical copies count once: name servers serve an RRset's record once (RFC 2181
 * §5), and `zone/duplicate-record` reports the copy.
 */
export function countAtOwner(record: RecordSite, context: RuleContext, kind: PolicyKind): number {
  const values = new Set<string>();
  for (const r of context.recordsAt(record.owner)) {
    const text = r.type === 'TXT' ? r.value?.text : undefined;
    if (text !== undefined && contentKind(text) === kind) values.add(text);
  }
  return values.size;
}

/** The message for a version problem of a record kind. */
export function versionMessage(p: VersionProblem, version: string, where: string): string {
  const tag = `v=${version}`;
  switch (p.kind) {
    case 'missing':
      return `This TXT record at ${where} does not begin with \`${tag}\`, so senders discard it: start the record with \`${tag};\`.`;
    case 'unseparated':
      return `\`${tag}\` is not followed by \`;\`, so the version reads \`${p.written}\` and senders discard the record: put \`;\` after \`${tag}\`.`;
    case 'not-first':
      return `\`${p.written}\` must come first: senders discard records at ${where} that do not begin with \`${tag}\`. Move it to the front.`;
    default:
      return p.replacement !== undefined
        ? `\`${p.written}\` is not written exactly as \`${tag}\` (case-sensitive, nothing before it, no spaces around \`=\`), so senders discard the record: write \`${tag}\`.`
        : `\`${p.written}\` is not a version senders know, so they discard the record: the only version is \`${tag}\`.`;
  }
}

const VERSION_WORDS: Readonly<Record<'bimi' | 'mta-sts' | 'tls-rpt', string>> = { bimi: 'bimi1', 'mta-sts': 'stsv1', 'tls-rpt': 'tlsrptv1' };

/**
 * A cheap test, without allocation or memo lookups, that lets the rules of a kind skip the
 * great majority of TXT records (SPF, verification strings) before `classify`: true when the
 * owner is one the kind lives at, or the value starts with `v=` and the kind's version word in
 * any case (a superset of what `classify` says is that kind).
 */
export function mayBeKind(record: RecordSite, kind: 'bimi' | 'mta-sts' | 'tls-rpt'): boolean {
  const owner = record.owner;
  if (owner.charCodeAt(0) === 95 /* _ */) {
    if (kind === 'mta-sts' ? owner.startsWith('_mta-sts.') : kind === 'tls-rpt' ? owner.startsWith('_smtp._tls.') : false) return true;
  }
  if (kind === 'bimi' && owner.includes('._bimi.')) return true;
  const text = record.value?.text;
  if (!text) return false;
  let i = 0;
  const n = text.length;
  while (i < n && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if ((text.charCodeAt(i) | 0x20) !== 118 /* v */) return false;
  i++;
  while (i < n && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (text.charCodeAt(i) !== 61 /* = */) return false;
  i++;
  while (i < n && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const word = VERSION_WORDS[kind];
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(i + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}
