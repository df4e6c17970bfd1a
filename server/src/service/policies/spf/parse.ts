/**
 * The SPF record parser (RFC 7208 §4.6, §5, §6, §7 and the ABNF of §12). Never throws: returns
 * every term with its value offsets (offsets into the joined TXT value) and the problems found.
 * Mechanism and modifier names are case-insensitive (§4.6.1). Terms are separated by spaces;
 * a tab is accepted as a separator (and reported), since some publishers write one.
 */
import type { RecordSite, RecordValue } from '../../model';
import { cached } from '../cache';
import { contentKind } from '../kinds';

export type Qualifier = '+' | '-' | '~' | '?';

export const MECHANISM_NAMES = ['all', 'include', 'a', 'mx', 'ptr', 'ip4', 'ip6', 'exists'] as const;
export type MechanismName = (typeof MECHANISM_NAMES)[number];

/** A value range with its text. */
export interface Span {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A macro-expand (§7.1): `%{` letter digits? `r`? delimiters `}`, or `%%` `%_` `%-`. */
export interface MacroExpand {
  readonly start: number;
  readonly end: number;
  /** The macro letter in lower case, or `%`, `_`, `-` for the escapes. */
  readonly letter: string;
  /** True for `%{...}` (false for `%%`, `%_`, `%-`). */
  readonly braced: boolean;
  /** Written letter (case kept: upper case means URL-escaped). */
  readonly written?: string;
  readonly digits?: number;
  readonly reverse?: boolean;
  readonly delimiters?: string;
}

/** A domain-spec or macro-string with its macros. */
export interface MacroString extends Span {
  readonly macros: readonly MacroExpand[];
}

export interface Cidr {
  readonly value: number;
  readonly start: number;
  readonly end: number;
}

export interface Mechanism {
  readonly type: 'mechanism';
  readonly name: MechanismName;
  /** The qualifier as written, or undefined (which means `+`). */
  readonly qualifier?: Qualifier;
  /** The whole term. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The mechanism name as written (after the qualifier). */
  readonly nameStart: number;
  readonly nameEnd: number;
  /** For include, exists, a, mx, ptr: the domain-spec after `:`, when written. */
  readonly domain?: MacroString;
  /** For ip4 and ip6: the address as written, and its bytes when valid. */
  readonly address?: Span;
  readonly bytes?: readonly number[];
  /** ip4 or a/mx IPv4 prefix length; ip6 or a/mx `//` IPv6 prefix length. */
  readonly cidr4?: Cidr;
  readonly cidr6?: Cidr;
  /** True when the term has problems that make it a permerror. */
  readonly broken: boolean;
}

export interface Modifier {
  readonly type: 'modifier';
  /** Name in lower case. */
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly nameStart: number;
  readonly nameEnd: number;
  readonly value: MacroString;
  /** `redirect` or `exp`; undefined for unknown modifiers. */
  readonly known?: 'redirect' | 'exp';
  /** A mechanism written as a modifier (`include=...`): the mechanism it names. */
  readonly asMechanism?: MechanismName;
  readonly broken: boolean;
}

export interface UnknownTerm {
  readonly type: 'unknown';
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export type Term = Mechanism | Modifier | UnknownTerm;

export type SpfProblemKind =
  /** Not a mechanism or modifier (unknown name, qualifier on a modifier, junk). */
  | 'unknown-term'
  /** ip4/ip6 address missing or malformed. */
  | 'bad-address'
  /** Prefix length malformed or out of range. */
  | 'bad-cidr'
  /** Domain-spec missing, empty, or whose last label is not a valid top label. */
  | 'bad-domain'
  /** `%` not followed by a valid macro, unknown letter, zero digits, unclosed `%{`. */
  | 'bad-macro'
  /** `%{c}`, `%{r}`, `%{t}` outside explanation text. */
  | 'exp-only-macro'
  /** A tab between terms. */
  | 'tab';

export interface SpfProblem {
  readonly kind: SpfProblemKind;
  readonly start: number;
  readonly end: number;
  /** What is wrong, as a sentence (rules add what to do). */
  readonly message: string;
}

export interface SpfRecord {
  readonly text: string;
  /** The version `v=spf1` at 0–6. */
  readonly versionEnd: number;
  readonly terms: readonly Term[];
  readonly problems: readonly SpfProblem[];
}

const MACRO_LETTERS = 'slodiphcrtv';
const DELIMITERS = '.-+,/_=';

function isAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isAlnum(c: number): boolean {
  return isAlpha(c) || isDigit(c);
}
function isNameChar(c: number): boolean {
  return isAlnum(c) || c === 45 || c === 95 || c === 46;
}
function isQualifier(ch: string | undefined): ch is Qualifier {
  return ch === '+' || ch === '-' || ch === '~' || ch === '?';
}
function isMechanismName(name: string): name is MechanismName {
  return (MECHANISM_NAMES as readonly string[]).includes(name);
}
function show(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 0x21 || c > 0x7e) return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  return `\`${ch}\``;
}

/** Parses a macro-string (§7.1) in `[start, end)`; reports bad macros and characters. */
export function parseMacroString(text: string, start: number, end: number, problems: SpfProblem[], charKind: SpfProblemKind = 'bad-domain'): MacroString {
  const macros: MacroExpand[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== 37 /* % */) {
      if (c < 0x21 || c > 0x7e) problems.push({ kind: charKind, start: i, end: i + 1, message: `The character ${show(text[i]!)} is not allowed in an SPF domain-spec or macro-string.` });
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === '%' || next === '_' || next === '-') {
      macros.push({ start: i, end: i + 2, letter: next, braced: false, written: undefined, digits: undefined, reverse: undefined, delimiters: undefined });
      i += 2;
      continue;
    }
    if (next !== '{') {
      const shown = i + 1 < end ? `\`%${next}\`` : 'A `%` at the end';
      problems.push({
        kind: 'bad-macro',
        start: i,
        end: Math.min(end, i + 2),
        message: `${shown} is not a macro: \`%\` must be followed by \`{\`, \`%\`, \`_\` or \`-\` (write \`%%\` for a literal percent sign).`,
      });
      i += i + 1 < end ? 2 : 1;
      continue;
    }
    // %{ letter digits? r? delimiters* }
    let j = i + 2;
    const close = text.indexOf('}', j);
    if (close < 0 || close >= end) {
      problems.push({ kind: 'bad-macro', start: i, end, message: 'This `%{` macro is not closed with `}`.' });
      i = end;
      break;
    }
    const written = text[j];
    const letter = written?.toLowerCase();
    if (j >= close || letter === undefined || !MACRO_LETTERS.includes(letter) || letter.length !== 1) {
      problems.push({
        kind: 'bad-macro',
        start: i,
        end: close + 1,
        message: `\`${text.slice(i, close + 1)}\` has ${j >= close ? 'no macro letter' : `the unknown macro letter ${show(written!)}`}; the letters are s l o d i p h (and c r t in explanation text).`,
      });
      i = close + 1;
      continue;
    }
    j++;
    let digitsText = '';
    while (j < close && isDigit(text.charCodeAt(j))) digitsText += text[j++];
    let reverse = false;
    if (j < close && (text[j] === 'r' || text[j] === 'R')) {
      reverse = true;
      j++;
    }
    let delimiters = '';
    while (j < close && DELIMITERS.includes(text[j]!)) delimiters += text[j++];
    const macroText = text.slice(i, close + 1);
    if (j < close) {
      problems.push({
        kind: 'bad-macro',
        start: i,
        end: close + 1,
        message: `\`${macroText}\` is malformed at ${show(text[j]!)}: after the letter come optional digits, an optional \`r\` and delimiters from \`.-+,/_=\`.`,
      });
      i = close + 1;
      continue;
    }
    const digits = digitsText.length > 0 ? Number(digitsText) : undefined;
    if (digits === 0) {
      problems.push({ kind: 'bad-macro', start: i, end: close + 1, message: `\`${macroText}\` keeps zero labels; the digit transformer must be nonzero (RFC 7208 §7.3).` });
      i = close + 1;
      continue;
    }
    if (letter === 'c' || letter === 'r' || letter === 't') {
      problems.push({
        kind: 'exp-only-macro',
        start: i,
        end: close + 1,
        message: `The macro \`${macroText}\` is allowed only in explanation text (the TXT record an \`exp=\` name points to), not in the SPF record itself.`,
      });
    }
    macros.push({
      start: i,
      end: close + 1,
      letter,
      braced: true,
      written: written!,
      digits,
      reverse,
      delimiters: delimiters || undefined,
    });
    i = close + 1;
  }
  return { text: text.slice(start, end), start, end, macros };
}

/** Why a toplabel is invalid, or undefined when it is valid (§7.1). */
export function toplabelProblem(label: string): string | undefined {
  if (label.length === 0) return 'the name ends in an empty label';
  let alpha = false;
  for (let k = 0; k < label.length; k++) {
    const c = label.charCodeAt(k);
    if (isAlpha(c)) alpha = true;
    else if (!isDigit(c) && c !== 45) return `its last label \`${label}\` contains ${show(label[k]!)}`;
  }
  if (!alpha) return `its last label \`${label}\` is all digits (an IP address is not a domain)`;
  if (label.charCodeAt(0) === 45 || label.charCodeAt(label.length - 1) === 45) return `its last label \`${label}\` begins or ends with \`-\``;
  return undefined;
}

/** Parses and checks a domain-spec (§7.1) in `[start, end)`; `what` names its term for messages. */
function parseDomainSpec(text: string, start: number, end: number, what: string, problems: SpfProblem[], termStart: number, termEnd: number): MacroString {
  if (start >= end) {
    problems.push({ kind: 'bad-domain', start: termStart, end: termEnd, message: `\`${what}\` has an empty domain-spec.` });
    return { text: '', start, end, macros: [] };
  }
  const before = problems.length;
  const spec = parseMacroString(text, start, end, problems);
  if (problems.length > before) return spec;
  const last = spec.macros[spec.macros.length - 1];
  if (last && last.end === end) return spec; // ends in a macro-expand
  // The literal text after the last macro must hold "." toplabel ["."].
  const litStart = last ? last.end : start;
  let stop = end;
  if (stop - 1 > litStart && text.charCodeAt(stop - 1) === 46) stop--;
  const dot = text.lastIndexOf('.', stop - 1);
  if (dot < litStart) {
    if (!last)
      problems.push({ kind: 'bad-domain', start, end, message: `\`${text.slice(start, end)}\` is not a fully qualified domain name: a domain-spec needs at least two labels (\`example.com\`).` });
    else problems.push({ kind: 'bad-domain', start, end, message: `\`${text.slice(start, end)}\` must end in a macro or in \`.\` and a top label (\`%{d}.example.com\`).` });
    return spec;
  }
  const why = toplabelProblem(text.slice(dot + 1, stop));
  if (why) problems.push({ kind: 'bad-domain', start, end, message: `\`${text.slice(start, end)}\` is not a valid domain-spec: ${why}.` });
  return spec;
}

/** Parses a prefix length `digits` at `[start, end)`: no leading zeros, at most `max`. */
function parseCidr(text: string, start: number, end: number, max: number, slash: string, problems: SpfProblem[], family: string): Cidr | undefined {
  const digits = text.slice(start, end);
  let ok = digits.length > 0 && digits.length <= 3;
  for (let k = 0; ok && k < digits.length; k++) if (!isDigit(digits.charCodeAt(k))) ok = false;
  if (ok && digits.length > 1 && digits[0] === '0') ok = false;
  const value = ok ? Number(digits) : NaN;
  const from = start - slash.length;
  if (!ok || value > max) {
    problems.push({
      kind: 'bad-cidr',
      start: from,
      end,
      message: `\`${slash}${digits}\` is not a valid ${family} prefix length: it must be a number from 0 to ${max}${ok ? '' : ' without leading zeros'}.`,
    });
    return undefined;
  }
  return { value, start: from, end };
}

/** The bytes of a dotted-quad IPv4 address (§4.6.4 ip4-network: no leading zeros), or undefined. */
export function parseIp4(s: string): number[] | undefined {
  const out: number[] = [];
  let i = 0;
  for (let part = 0; part < 4; part++) {
    if (part > 0) {
      if (s.charCodeAt(i) !== 46 /* . */) return undefined;
      i++;
    }
    const from = i;
    let n = 0;
    while (i < s.length && i - from < 4 && isDigit(s.charCodeAt(i))) n = n * 10 + (s.charCodeAt(i++) - 48);
    const len = i - from;
    if (len === 0 || len > 3 || n > 255 || (len > 1 && s.charCodeAt(from) === 48)) return undefined;
    out.push(n);
  }
  return i === s.length ? out : undefined;
}

/** The 16 bytes of an RFC 4291 §2.2 text IPv6 address, or undefined. */
export function parseIp6(s: string): number[] | undefined {
  if (s.length === 0 || s.length > 45) return undefined;
  let head = s;
  let tail4: number[] | undefined;
  const lastColon = s.lastIndexOf(':');
  if (lastColon >= 0 && s.indexOf('.', lastColon) > lastColon) {
    tail4 = parseIp4(s.slice(lastColon + 1));
    if (!tail4) return undefined;
    head = s.slice(0, lastColon + 1) + '0:0';
  }
  const dbl = head.indexOf('::');
  if (dbl >= 0 && head.indexOf('::', dbl + 1) >= 0) return undefined;
  const groups = (part: string): number[] | undefined => {
    if (part.length === 0) return [];
    const out: number[] = [];
    for (const g of part.split(':')) {
      if (g.length === 0 || g.length > 4) return undefined;
      for (let k = 0; k < g.length; k++) {
        const c = g.charCodeAt(k) | 0x20;
        if (!(isDigit(c) || (c >= 97 && c <= 102))) return undefined;
      }
      out.push(parseInt(g, 16));
    }
    return out;
  };
  let words: number[];
  if (dbl >= 0) {
    const left = groups(head.slice(0, dbl));
    const right = groups(head.slice(dbl + 2));
    if (!left || !right || left.length + right.length > 7) return undefined;
    words = [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
  } else {
    const all = groups(head);
    if (!all || all.length !== 8) return undefined;
    words = all;
  }
  const bytes: number[] = [];
  for (const w of words) bytes.push(w >> 8, w & 0xff);
  if (tail4) bytes.splice(12, 4, ...tail4);
  return bytes;
}

/** Scans a trailing dual-cidr (`/n`, `//n`, `/n//m`) backwards from `end`: where it starts, and the digit ranges (-1 when absent). */
function dualCidrStart(text: string, from: number, end: number): { at: number; v4Start: number; v4End: number; v6Start: number; v6End: number } {
  let e = end;
  let v4Start = -1;
  let v4End = -1;
  let v6Start = -1;
  let v6End = -1;
  let k = e;
  while (k > from && isDigit(text.charCodeAt(k - 1))) k--;
  if (k < e && k - 2 >= from && text[k - 1] === '/' && text[k - 2] === '/') {
    v6Start = k;
    v6End = e;
    e = k - 2;
    k = e;
    while (k > from && isDigit(text.charCodeAt(k - 1))) k--;
  }
  if (k < e && k - 1 >= from && text[k - 1] === '/' && !(k - 2 >= from && text[k - 2] === '/')) {
    v4Start = k;
    v4End = e;
    e = k - 1;
  }
  return { at: e, v4Start, v4End, v6Start, v6End };
}

/** A mechanism node with every field present (one object shape: fast to build and to read). */
function mechanism(
  name: MechanismName,
  qualifier: Qualifier | undefined,
  start: number,
  end: number,
  text: string,
  nameStart: number,
  nameEnd: number,
  broken: boolean,
  domain?: MacroString,
  address?: Span,
  bytes?: readonly number[],
  cidr4?: Cidr,
  cidr6?: Cidr,
): Mechanism {
  return { type: 'mechanism', name, qualifier, start, end, text, nameStart, nameEnd, domain, address, bytes, cidr4, cidr6, broken };
}

function unknownTerm(problems: SpfProblem[], start: number, end: number, text: string, message: string): UnknownTerm {
  problems.push({ kind: 'unknown-term', start, end, message });
  return { type: 'unknown', start, end, text };
}

function parseMechanism(text: string, start: number, end: number, qualifier: Qualifier | undefined, nameStart: number, nameEnd: number, name: MechanismName, problems: SpfProblem[]): Term {
  const before = problems.length;
  const rest = nameEnd;
  const termText = text.slice(start, end);
  switch (name) {
    case 'all':
      if (rest < end) return unknownTerm(problems, start, end, termText, `\`${termText}\`: the \`all\` mechanism takes no argument.`);
      return mechanism(name, qualifier, start, end, termText, nameStart, nameEnd, false);
    case 'include':
    case 'exists': {
      if (rest >= end || text.charCodeAt(rest) !== 58 /* : */) {
        if (rest < end && text[rest] !== '/') return unknownTerm(problems, start, end, termText, `\`${termText}\` is not a mechanism: \`${name}\` is followed by \`:\` and a domain.`);
        problems.push({ kind: 'bad-domain', start, end, message: `\`${termText}\` needs a domain: \`${name}:<domain>\`.` });
        return mechanism(name, qualifier, start, end, termText, nameStart, nameEnd, true);
      }
      const domain = parseDomainSpec(text, rest + 1, end, termText, problems, start, end);
      return mechanism(name, qualifier, start, end, termText, nameStart, nameEnd, problems.length > before, domain);
    }
    case 'ptr': {
      if (rest < end && text[rest] !== ':') return unknownTerm(problems, start, end, termText, `\`${termText}\`: \`ptr\` takes only an optional \`:domain\`, no prefix length.`);
      const domain = rest < end ? parseDomainSpec(text, rest + 1, end, termText, problems, start, end) : undefined;
      return mechanism(name, qualifier, start, end, termText, nameStart, nameEnd, problems.length > before, domain);
    }
    case 'a':
    case 'mx': {
      if (rest < end && text[rest] !== ':' && text[rest] !== '/') return unknownTerm(problems, start, end, termText, `\`${termText}\` is not a mechanism.`);
      if (rest === end) return mechanism(name, qualifier, start, end, termText, nameStart, nameEnd, false);
      const dual = dualCidrStart(text, rest, end);
      let domain: MacroString | undefined;
      if (text[rest] === ':') {
        domain = parseDomainSpec(text, rest + 1, dual.at, termText, problems, start, end);
      } else if (dual.at !== rest) {
        // Something between the name and the prefix lengths that is not a prefix length.
        const junk = text.slice(rest, dual.at);
        problems.push({ kind: 'bad-cidr', start: rest, end: dual.at, message: `\`${junk}\` is not a valid prefix length: write \`/<0-32>\` for IPv4 and \`//<0-128>\` for IPv6.` });
      }
      const cidr4 = dual.v4Start >= 0 ? parseCidr(text, dual.v4Start, dual.v4End, 32, '/', problems, 'IPv4') : undefined;
      const cidr6 = dual.v6Start >= 0 ? parseCidr(text, dual.v6Start, dual.v6End, 128, '//', problems, 'IPv6') : undefined;
      return mechanism(name, qualifier, start, end, termText, nameStart, nameEnd, problems.length > before, domain, undefined, undefined, cidr4, cidr6);
    }
    case 'ip4':
    case 'ip6': {
      const family = name === 'ip4' ? 'IPv4' : 'IPv6';
      if (rest >= end || text.charCodeAt(rest) !== 58 /* : */) {
        if (rest < end && text[rest] !== '/') return unknownTerm(problems, start, end, termText, `\`${termText}\` is not a mechanism.`);
        problems.push({ kind: 'bad-address', start, end, message: `\`${termText}\` needs an ${family} address: \`${name}:<address>\`.` });
        return mechanism(name, qualifier, start, end, termText, nameStart, nameEnd, true);
      }
      const slash = text.indexOf('/', rest + 1);
      const addrEnd = slash >= 0 && slash < end ? slash : end;
      const addrText = text.slice(rest + 1, addrEnd);
      const address: Span = { text: addrText, start: rest + 1, end: addrEnd };
      const bytes = name === 'ip4' ? parseIp4(addrText) : parseIp6(addrText);
      if (!bytes) {
        const other = name === 'ip4' ? parseIp6(addrText) : parseIp4(addrText);
        const hint = other ? ` It is an ${name === 'ip4' ? 'IPv6' : 'IPv4'} address: write \`${name === 'ip4' ? 'ip6' : 'ip4'}:${addrText}\`.` : addrText.includes('%') ? ' Macros are not allowed here.' : '';
        problems.push({
          kind: 'bad-address',
          start: addrText.length > 0 ? rest + 1 : start,
          end: addrText.length > 0 ? addrEnd : end,
          message: addrText.length > 0 ? `\`${addrText}\` is not a valid ${family} address.${hint}` : `\`${termText}\` has no ${family} address.`,
        });
      }
      const cidr = addrEnd < end ? parseCidr(text, addrEnd + 1, end, name === 'ip4' ? 32 : 128, '/', problems, family) : undefined;
      const broken = problems.length > before;
      return name === 'ip4'
        ? mechanism(name, qualifier, start, end, termText, nameStart, nameEnd, broken, undefined, address, bytes, cidr, undefined)
        : mechanism(name, qualifier, start, end, termText, nameStart, nameEnd, broken, undefined, address, bytes, undefined, cidr);
    }
  }
}

function parseTerm(text: string, start: number, end: number, problems: SpfProblem[]): Term {
  const termText = text.slice(start, end);
  let i = start;
  const q = text[i];
  const qualifier = isQualifier(q) ? q : undefined;
  if (qualifier) i++;
  const nameStart = i;
  if (i < end && isAlpha(text.charCodeAt(i))) {
    i++;
    while (i < end && isNameChar(text.charCodeAt(i))) i++;
  }
  const nameEnd = i;
  const name = text.slice(nameStart, nameEnd).toLowerCase();
  const unknown = (message: string): Term => {
    problems.push({ kind: 'unknown-term', start, end, message });
    return { type: 'unknown', start, end, text: termText };
  };
  if (name.length > 0 && text[nameEnd] === '=' && nameEnd < end) {
    if (qualifier) return unknown(`\`${termText}\`: a modifier takes no qualifier (\`${qualifier}\`).`);
    const before = problems.length;
    const known = name === 'redirect' || name === 'exp' ? name : undefined;
    const value = known
      ? parseDomainSpec(text, nameEnd + 1, end, termText, problems, start, end)
      : parseMacroString(text, nameEnd + 1, end, problems, 'bad-macro');
    const asMechanism = !known && isMechanismName(name) ? name : undefined;
    return {
      type: 'modifier',
      name,
      start,
      end,
      text: termText,
      nameStart,
      nameEnd,
      value,
      known,
      asMechanism,
      broken: problems.length > before,
    };
  }
  if (name.length === 0) {
    return unknown(qualifier && end === start + 1 ? `\`${termText}\` is a qualifier without a mechanism.` : `\`${termText}\` is not an SPF mechanism or modifier.`);
  }
  // A mechanism name is followed by the end, `:` or `/`.
  const dot = name.indexOf('.');
  const bare = dot >= 0 ? name.slice(0, dot) : name;
  if (!isMechanismName(name)) {
    if (isMechanismName(bare) && dot >= 0) return unknown(`\`${termText}\` is not a mechanism: \`${bare}\` is followed by \`:\` before its argument.`);
    return unknown(`\`${text.slice(nameStart, nameEnd)}\` is not an SPF mechanism (the mechanisms are all, include, a, mx, ptr, ip4, ip6 and exists).`);
  }
  return parseMechanism(text, start, end, qualifier, nameStart, nameEnd, name, problems);
}

/** Parses a record value that starts with `v=spf1` (any case). */
export function parseSpf(text: string): SpfRecord {
  const problems: SpfProblem[] = [];
  const terms: Term[] = [];
  const versionEnd = Math.min(6, text.length);
  let i = versionEnd;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) {
      if (c === 9) problems.push({ kind: 'tab', start: i, end: i + 1, message: 'A tab separates these SPF terms; RFC 7208 allows only spaces.' });
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && text.charCodeAt(j) !== 32 && text.charCodeAt(j) !== 9) j++;
    terms.push(parseTerm(text, i, j, problems));
    i = j;
  }
  return { text, versionEnd, terms, problems };
}

/** The value last parsed by `spfOf` and its policy: every rule of the record being checked asks in turn. */
let lastValue: RecordValue | undefined;
let lastSpf: SpfRecord | undefined;

/**
 * The parsed SPF policy of a TXT/SPF record whose value announces `v=spf1`, or undefined.
 * Memoised per record value: a one-entry memo for the record being checked (every SPF rule
 * asks in turn), backed by the per-value cache.
 */
export function spfOf(record: RecordSite): SpfRecord | undefined {
  const value = record.value;
  if (!value) return undefined;
  if (value === lastValue) return lastSpf;
  const text = value.text;
  const spf = contentKind(text) === 'spf' ? cached('spf', value, () => parseSpf(text)) : undefined;
  lastValue = value;
  lastSpf = spf;
  return spf;
}

/** Facts derived from the terms: the `all` mechanism, redirect and exp modifiers. */
export interface SpfShape {
  /** The first `all` mechanism. */
  readonly all?: Mechanism;
  readonly redirects: readonly Modifier[];
  readonly exps: readonly Modifier[];
}

export function shapeOf(spf: SpfRecord): SpfShape {
  let all: Mechanism | undefined;
  const redirects: Modifier[] = [];
  const exps: Modifier[] = [];
  for (const t of spf.terms) {
    if (t.type === 'mechanism' && t.name === 'all' && !all) all = t;
    else if (t.type === 'modifier' && t.known === 'redirect') redirects.push(t);
    else if (t.type === 'modifier' && t.known === 'exp') exps.push(t);
  }
  return { all, redirects, exps };
}

/** The absolute lower-case name (with trailing dot) a macro-free domain-spec names, or undefined. */
export function targetName(spec: MacroString | undefined): string | undefined {
  if (!spec || spec.macros.length > 0 || spec.text.length === 0) return undefined;
  const lower = spec.text.toLowerCase();
  return lower.endsWith('.') ? lower : `${lower}.`;
}
