/**
 * A small HCL (native syntax) tokenizer: identifiers, numbers, quoted templates, heredocs,
 * punctuation, newlines and comments (`#`, `//`, `/* *\/`). Template contents are scanned by
 * `template.ts`; this file only finds where each token ends. One pass, never throws; anything
 * it does not know becomes a one-character `other` token.
 */
import { scanHeredoc, scanQuoted, type TemplateProblem } from './template';

export type TokenKind = 'ident' | 'number' | 'string' | 'heredoc' | 'punct' | 'newline' | 'other' | 'eof';

export interface HclToken {
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  /** For `punct`: the character(s); for `ident`: the name. */
  readonly text?: string;
  /** For `heredoc`: where the body starts and ends (before the closing marker line), and `<<-`. */
  readonly heredoc?: HeredocInfo;
  /** For `string`: false when the closing quote is missing. */
  readonly closed?: boolean;
}

export interface HeredocInfo {
  readonly marker: string;
  readonly flush: boolean;
  readonly bodyStart: number;
  readonly bodyEnd: number;
  readonly closed: boolean;
}

export interface HclComment {
  readonly start: number;
  readonly end: number;
  /** The comment text without its `#`, `//` or `/* *\/` delimiters. */
  readonly text: string;
}

export interface LexResult {
  readonly tokens: HclToken[];
  readonly comments: HclComment[];
  readonly problems: TemplateProblem[];
}

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c > 127;
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57) || c === 45;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const TWO_CHAR = new Set(['==', '!=', '<=', '>=', '&&', '||', '=>', '...', '::']);

export function lex(text: string): LexResult {
  const tokens: HclToken[] = [];
  const comments: HclComment[] = [];
  const problems: TemplateProblem[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13 || c === 0xfeff) {
      i++;
      continue;
    }
    if (c === 10) {
      tokens.push({ kind: 'newline', start: i, end: i + 1 });
      i++;
      continue;
    }
    if (c === 35 /* # */ || (c === 47 && text.charCodeAt(i + 1) === 47)) {
      const from = i + (c === 35 ? 1 : 2);
      let end = text.indexOf('\n', i);
      if (end < 0) end = n;
      const bodyEnd = end > from && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
      comments.push({ start: i, end: bodyEnd, text: text.slice(from, bodyEnd) });
      i = end;
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 42 /* / * */) {
      let end = text.indexOf('*/', i + 2);
      const closed = end >= 0;
      if (!closed) {
        problems.push({ start: i, end: i + 2, message: 'This `/*` comment is never closed: add `*/`.' });
        end = n;
      }
      comments.push({ start: i, end: closed ? end + 2 : n, text: text.slice(i + 2, end) });
      i = closed ? end + 2 : n;
      continue;
    }
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < n && isIdentPart(text.charCodeAt(j))) j++;
      tokens.push({ kind: 'ident', start: i, end: j, text: text.slice(i, j) });
      i = j;
      continue;
    }
    if (isDigit(c)) {
      let j = i + 1;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      if (text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) {
        j += 2;
        while (j < n && isDigit(text.charCodeAt(j))) j++;
      }
      const e = text.charCodeAt(j) | 0x20;
      if (e === 101) {
        let k = j + 1;
        if (text.charCodeAt(k) === 43 || text.charCodeAt(k) === 45) k++;
        if (isDigit(text.charCodeAt(k))) {
          j = k + 1;
          while (j < n && isDigit(text.charCodeAt(j))) j++;
        }
      }
      tokens.push({ kind: 'number', start: i, end: j, text: text.slice(i, j) });
      i = j;
      continue;
    }
    if (c === 34 /* " */) {
      const r = scanQuoted(text, i, undefined, problems);
      tokens.push({ kind: 'string', start: i, end: r.end, closed: r.closed });
      i = r.end;
      continue;
    }
    if (c === 60 && text.charCodeAt(i + 1) === 60 /* << */) {
      const flush = text.charCodeAt(i + 2) === 45;
      let j = i + (flush ? 3 : 2);
      if (isIdentStart(text.charCodeAt(j))) {
        const markerStart = j;
        while (j < n && isIdentPart(text.charCodeAt(j))) j++;
        const marker = text.slice(markerStart, j);
        let k = j;
        while (k < n && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 13)) k++;
        if (k >= n || text.charCodeAt(k) === 10) {
          const h = scanHeredoc(text, k + 1, marker);
          if (!h.closed) problems.push({ start: i, end: j, message: `This heredoc is never closed: add a line holding only \`${marker}\`.` });
          tokens.push({ kind: 'heredoc', start: i, end: h.end, heredoc: { marker, flush, bodyStart: Math.min(k + 1, n), bodyEnd: h.bodyEnd, closed: h.closed } });
          i = h.end;
          continue;
        }
      }
    }
    const three = text.slice(i, i + 3);
    if (three === '...') {
      tokens.push({ kind: 'punct', start: i, end: i + 3, text: three });
      i += 3;
      continue;
    }
    const two = text.slice(i, i + 2);
    if (TWO_CHAR.has(two)) {
      tokens.push({ kind: 'punct', start: i, end: i + 2, text: two });
      i += 2;
      continue;
    }
    const ch = text[i]!;
    if ('{}[]()=,.:?!+-*/%<>'.includes(ch)) tokens.push({ kind: 'punct', start: i, end: i + 1, text: ch });
    else tokens.push({ kind: 'other', start: i, end: i + 1, text: ch });
    i++;
  }
  tokens.push({ kind: 'eof', start: n, end: n });
  return { tokens, comments, problems };
}
