/**
 * Rule: txt/string-join. Receivers join the character-strings of a TXT record with no separator
 * (RFC 7208 §3.3, RFC 6376 §3.6.2.2, RFC 7489 §6.1). A boundary that glues two SPF terms, or a
 * DMARC/DKIM tag onto the previous tag's value, is reported with a fix that adds the separator.
 * Only strong signals count, so that long values split at arbitrary places do not fire.
 */
import { defineRule, rfc } from '../rules/define-rule';
import type { CharString, RecordSite, RecordValue } from '../model';
import type { RuleContext } from '../rules/define-rule';
import { replaceValue } from '../policies/value-edits';

type Kind = 'spf' | 'dmarc' | 'dkim';

const DMARC_TAGS: ReadonlySet<string> = new Set(['v', 'p', 'sp', 'np', 'adkim', 'aspf', 'fo', 'pct', 'rf', 'ri', 'rua', 'ruf', 'psd', 't']);
const DKIM_TAGS: ReadonlySet<string> = new Set(['v', 'h', 'k', 'n', 'p', 's', 't', 'g']);

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

function startsWithIgnoreCase(text: string, prefix: string, at = 0): boolean {
  return text.substr(at, prefix.length).toLowerCase() === prefix;
}

function kindOf(record: RecordSite, value: RecordValue): Kind | undefined {
  const text = value.text;
  if (startsWithIgnoreCase(text, 'v=spf1')) {
    const boundaryAt6 = value.starts.includes(6);
    if (text.length === 6 || isSpace(text.charCodeAt(6)) || boundaryAt6) return 'spf';
    return undefined;
  }
  if (startsWithIgnoreCase(text, 'v=dmarc1')) return 'dmarc';
  if (startsWithIgnoreCase(text, 'v=dkim1')) return 'dkim';
  if (record.owner.startsWith('_dmarc.')) return 'dmarc';
  if (record.owner.includes('._domainkey.')) return 'dkim';
  return undefined;
}

/** SPF term names and the characters that may follow them (`' '` stands for whitespace or the end). */
const SPF_TERMS: readonly { name: string; follow: string; bare: boolean }[] = [
  { name: 'include', follow: ':', bare: false },
  { name: 'exists', follow: ':', bare: false },
  { name: 'ip4', follow: ':', bare: false },
  { name: 'ip6', follow: ':', bare: false },
  { name: 'redirect', follow: '=', bare: false },
  { name: 'exp', follow: '=', bare: false },
  { name: 'all', follow: ' ', bare: true },
  { name: 'ptr', follow: ': ', bare: true },
  { name: 'mx', follow: ':/ ', bare: true },
  { name: 'a', follow: ':/ ', bare: true },
];

/**
 * True when an SPF term starts at `at` with a clear signal (a qualifier, an argument, or a term
 * that cannot be part of a name). With `allowBare`, a bare `a`, `mx`, `ptr` or `all` counts too.
 */
function spfTermStarts(text: string, at: number, allowBare: boolean): boolean {
  let i = at;
  const c = text.charCodeAt(i);
  const qualified = c === 43 || c === 45 || c === 126 || c === 63; // + - ~ ?
  if (qualified) i++;
  for (const term of SPF_TERMS) {
    if (!startsWithIgnoreCase(text, term.name, i)) continue;
    const j = i + term.name.length;
    const next = j < text.length ? text[j]! : ' ';
    const follows = term.follow.includes(isSpace(next.charCodeAt(0)) ? ' ' : next);
    if (!follows) continue;
    // A bare `a`, `mx`, `ptr` or `all` right after a letter may be the rest of a split word (`example.c` + `a`).
    if (!allowBare && term.bare && !qualified && (next === ' ' || isSpace(next.charCodeAt(0)))) return false;
    return true;
  }
  return false;
}

/** End of the whitespace-delimited word that starts at `start` (and `;` for tag lists). */
function wordEnd(text: string, start: number, semicolon: boolean): number {
  let i = start;
  while (i < text.length && !isSpace(text.charCodeAt(i)) && !(semicolon && text.charCodeAt(i) === 59)) i++;
  return i;
}

/**
 * Word starts and ends, the last `;` and the first `=` after it, at boundaries taken in increasing
 * order: one forward pass over the value, so a record of many strings in one long word (a DKIM
 * key, a run of SPF macros) takes linear time, not the square of its length.
 */
class Cursor {
  private scanned = 0;
  private wordAt = 0;
  private endFrom = -1;
  private endAt = -1;
  private hexFrom = -1;
  private hexStop = -1;
  /** Offset of the last `;` before the scanned point, and of the first `=` after it (-1: none). */
  semicolonAt = -1;
  equalsAt = -1;

  constructor(
    private readonly text: string,
    private readonly semicolon: boolean,
  ) {}

  /** Moves the scanned point to `at` (never backwards). */
  private advance(at: number): void {
    for (; this.scanned < at; this.scanned++) {
      const c = this.text.charCodeAt(this.scanned);
      if (isSpace(c) || (this.semicolon && c === 59)) this.wordAt = this.scanned + 1;
      if (c === 59) {
        this.semicolonAt = this.scanned;
        this.equalsAt = -1;
      } else if (c === 61 && this.equalsAt < 0) this.equalsAt = this.scanned;
    }
  }

  /** Start of the word that ends at `at` (as `wordStart`); `at` must not decrease between calls. */
  start(at: number): number {
    this.advance(at);
    return this.wordAt;
  }

  /** End of the word from `at` (as `wordEnd`), reusing the last scan when `at` lies in the same word. */
  end(at: number): number {
    if (at >= this.endFrom && at <= this.endAt) return this.endAt;
    this.endFrom = at;
    this.endAt = wordEnd(this.text, at, this.semicolon);
    return this.endAt;
  }

  /** True when the word from `at` is hex digits, `:`, `/` and `.` only (as `isHexish`). */
  hexish(at: number): boolean {
    const end = this.end(at);
    if (!(at >= this.hexFrom && at <= this.hexStop)) {
      let i = at;
      while (i < end && isHexChar(this.text, i)) i++;
      this.hexFrom = at;
      this.hexStop = i;
    }
    return this.hexStop >= end;
  }
}

function isHexChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i) | 0x20;
  return (c >= 48 && c <= 58) || (c >= 97 && c <= 102) || text[i] === '/' || text[i] === '.';
}

/** True when the SPF boundary at `at` glues two terms together. */
function spfGlued(text: string, at: number, cursor: Cursor): boolean {
  const last = text[at - 1]!;
  if (last === ':' || last === '=' || last === '/') return false;
  // Only the word's first characters matter (every pattern below is at most 8 long).
  const wordAt = cursor.start(at);
  const before = text.slice(wordAt, Math.min(at, wordAt + 16));
  if (before === '+' || before === '-' || before === '~' || before === '?') return false;
  // After the version or a complete bare mechanism (`mx`, `-all`) nothing may follow without a
  // space: `v=spf1mx` and `mxa` are no terms at all, so even a bare `a` or `mx` is glued on.
  const complete = /^(?:v=spf1|[+?~-]?(?:a|mx|ptr|all))$/i.test(before);
  if (!spfTermStarts(text, at, complete)) return false;
  // `ip6:2001:db8::c` + `a:1/64` is one address split in two.
  if (/^[+?~-]?ip6:/i.test(before) && cursor.hexish(at)) return false;
  return true;
}

/** The tag a DMARC/DKIM boundary glues on, or undefined. */
function tagGlued(text: string, at: number, kind: 'dmarc' | 'dkim', cursor: Cursor): string | undefined {
  if (text.charCodeAt(at - 1) === 59) return undefined;
  // The tag-spec the boundary falls in: from the previous `;` to the boundary.
  cursor.start(at);
  const segStart = cursor.semicolonAt + 1;
  const eq = cursor.equalsAt;
  if (eq < 0 || eq >= at) return undefined; // the boundary is inside a tag name, not a value
  const current = text.slice(segStart, eq).trim().toLowerCase();
  // Free text and base64 values (DKIM `p=`, `n=`) may contain anything.
  if (kind === 'dkim' && (current === 'p' || current === 'n')) return undefined;
  let j = at;
  // Tag names are short: a long run of letters is no tag name (and is not scanned to its end).
  while (j < text.length && j - at <= 8) {
    const c = text.charCodeAt(j) | 0x20;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57 && j > at)) j++;
    else break;
  }
  const name = text.slice(at, j).toLowerCase();
  let k = j;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  if (text.charCodeAt(k) !== 61 /* = */) return undefined;
  return (kind === 'dmarc' ? DMARC_TAGS : DKIM_TAGS).has(name) ? name : undefined;
}

function report(context: RuleContext, record: RecordSite, value: RecordValue, at: number, kind: Kind, cursor: Cursor, tag?: string): void {
  const start = cursor.start(at);
  const end = cursor.end(at);
  const glued = value.text.slice(start, end);
  const separator = kind === 'spf' ? ' ' : '; ';
  // Inserted at the start of the second string, through the value map (escaped for the host).
  const edits = replaceValue(record, value, at, at, separator);
  const message =
    kind === 'spf'
      ? `Receivers join the strings of a TXT record with no separator, so two SPF terms run together as \`${glued}\`. Add a space at the end of the first string or the start of the next.`
      : `Receivers join the strings of a TXT record with no separator, so tag \`${tag}\` runs into the previous value as \`${glued}\`. Add \`;\` between the tags.`;
  context.report({
    range: value.map.toDocSpan(start, end),
    message,
    fixes: [{ title: kind === 'spf' ? 'Add the missing space' : 'Add the missing `; `', edits, isPreferred: true }],
    record,
  });
}

export const stringJoin = defineRule({
  code: 'txt/string-join',
  severity: 'warning',
  scope: 'record',
  types: ['TXT', 'SPF'],
  reference: rfc(7208, '3.3'),
  docs: {
    what: 'A TXT record split into several strings where the split glues two SPF terms, or two DMARC/DKIM tags, together.',
    why:
      'Receivers concatenate the strings of a TXT record exactly, without adding a space. `"v=spf1 include:a.example" "include:b.example -all"` becomes `include:a.exampleinclude:b.example`, an include of a name that does not exist, and SPF evaluation fails.',
    bad: '$ORIGIN example.com.\n@  TXT  "v=spf1 include:_spf.a.example" "include:_spf.b.example -all"',
    good: '$ORIGIN example.com.\n@  TXT  "v=spf1 include:_spf.a.example " "include:_spf.b.example -all"',
  },
  check(record, context) {
    const value = record.value;
    if (!value || value.strings.length < 2) return;
    const kind = kindOf(record, value);
    if (!kind) return;
    const text = value.text;
    const cursor = new Cursor(text, kind !== 'spf');
    let prev: CharString | undefined;
    for (let i = 0; i < value.strings.length; i++) {
      const cs = value.strings[i]!;
      if (cs.value.length === 0) continue;
      const at = value.starts[i]!;
      if (prev && at > 0 && !isSpace(text.charCodeAt(at - 1)) && !isSpace(text.charCodeAt(at))) {
        if (kind === 'spf') {
          if (spfGlued(text, at, cursor)) report(context, record, value, at, kind, cursor);
        } else {
          const tag = tagGlued(text, at, kind, cursor);
          if (tag) report(context, record, value, at, kind, cursor, tag);
        }
      }
      prev = cs;
    }
  },
});
