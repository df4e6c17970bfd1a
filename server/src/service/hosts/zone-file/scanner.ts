/**
 * The zone-file scanner (RFC 1035 §5.1): splits text into logical entries (a record or a
 * directive, possibly spanning lines inside parentheses) made of tokens. One pass over char
 * codes, no regular expressions; an unclosed parenthesis is reported and scanning resumes at
 * the next line, a bounded number of times.
 */

export const enum TokenFlags {
  None = 0,
  Quoted = 1,
  /** The token holds a backslash escape. */
  Escaped = 2,
  /** A quoted string with no closing quote on its line. */
  Unterminated = 4,
}

/** A token: a bare word or a quoted string (quotes included in the range). */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly flags: TokenFlags;
}

export interface ScanProblem {
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

/** One logical entry: the tokens of a record or directive. */
export interface Entry {
  /** Offset where the entry's first line starts. */
  readonly lineStart: number;
  /** True when the first line starts with a space or tab (the owner is blank). */
  readonly blankOwner: boolean;
  readonly tokens: Token[];
  /** End offset of the last token or closing parenthesis. */
  readonly end: number;
  /** Offsets of `(`…`)` groups that span lines. */
  readonly groups: readonly { start: number; end: number }[];
}

export interface ScanHandlers {
  /** Called for each entry; returning false stops the scan before the next one. */
  entry(entry: Entry): unknown;
  /** A comment (without the leading `;`), with its range; `standalone` when alone on its line. */
  comment(start: number, end: number, standalone: boolean): void;
  problem(problem: ScanProblem): void;
}

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const QUOTE = 34;
const SEMI = 59;
const OPEN = 40;
const CLOSE = 41;
const BACKSLASH = 92;

/** How many times an unclosed parenthesis may make the scanner go back and resume. */
export const MAX_PAREN_RECOVERIES = 20;

const NO_GROUPS: readonly { start: number; end: number }[] = [];

/** The problem of a `(` never closed (the scanner then resumes on the next line). */
export const UNCLOSED_PARENTHESIS = 'Parenthesis is never closed: add the missing `)` at the end of the record.';

/**
 * Scans `text` from `from` (the start of a line outside any parenthesis) to the end, or until
 * `handlers.entry` returns false. Returns the offset where the scan stopped. `recovered` is how
 * many unclosed parentheses the text before `from` already recovered from.
 */
export function scan(text: string, handlers: ScanHandlers, from = 0, recovered = 0): number {
  const n = text.length;
  let pos = from;
  let recoveries = recovered;

  while (pos < n) {
    const lineStart = pos;
    const first = text.charCodeAt(pos);
    const blankOwner = first === SPACE || first === TAB;
    const tokens: Token[] = [];
    let groups: { start: number; end: number }[] | undefined;
    let depth = 0;
    let openAt = -1;
    let openLineEnd = -1;
    let lastEnd = pos;
    let sawCode = false;
    let i = pos;
    let restartAt = -1;
    let problems: ScanProblem[] | undefined;
    let comments: { start: number; end: number; standalone: boolean }[] | undefined;

    scanLoop: while (i < n) {
      const c = text.charCodeAt(i);
      if (c === SPACE || c === TAB || c === CR) {
        i++;
        continue;
      }
      if (c === LF) {
        if (depth === 0) {
          i++;
          break;
        }
        if (openLineEnd < 0) openLineEnd = i + 1;
        i++;
        continue;
      }
      if (c === SEMI) {
        let j = i + 1;
        while (j < n && text.charCodeAt(j) !== LF) j++;
        let end = j;
        if (end > i + 1 && text.charCodeAt(end - 1) === CR) end--;
        (comments ??= []).push({ start: i + 1, end, standalone: tokens.length === 0 && depth === 0 });
        i = j;
        continue;
      }
      if (c === OPEN) {
        if (depth === 0) {
          openAt = i;
          openLineEnd = -1;
        }
        depth++;
        sawCode = true;
        i++;
        lastEnd = i;
        continue;
      }
      if (c === CLOSE) {
        sawCode = true;
        if (depth === 0) {
          (problems ??= []).push({ start: i, end: i + 1, message: 'Closing parenthesis without an opening one: remove it or add the missing `(`.' });
        } else {
          depth--;
          if (depth === 0 && openLineEnd >= 0) (groups ??= []).push({ start: openAt, end: i + 1 });
        }
        i++;
        lastEnd = i;
        continue;
      }
      sawCode = true;
      if (c === QUOTE) {
        let j = i + 1;
        let flags = TokenFlags.Quoted;
        let closed = false;
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d === BACKSLASH) {
            flags |= TokenFlags.Escaped;
            j += 2;
            continue;
          }
          if (d === QUOTE) {
            closed = true;
            j++;
            break;
          }
          if (d === LF) break;
          j++;
        }
        if (j > n) j = n;
        if (!closed) {
          let end = j;
          if (end > i && text.charCodeAt(end - 1) === CR) end--;
          flags |= TokenFlags.Unterminated;
          (problems ??= []).push({ start: i, end: Math.max(end, i + 1), message: 'Quoted string is not closed on its line: add the closing `"`.' });
          tokens.push({ start: i, end, flags });
        } else {
          tokens.push({ start: i, end: j, flags });
        }
        i = j;
        lastEnd = i;
        continue;
      }
      // A bare word: up to whitespace, a parenthesis, a quote or a comment; `\X` escapes X.
      let j = i;
      let flags = TokenFlags.None;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === BACKSLASH) {
          flags |= TokenFlags.Escaped;
          if (j + 1 < n && text.charCodeAt(j + 1) !== LF) j += 2;
          else j += 1;
          continue;
        }
        if (d === SPACE || d === TAB || d === LF || d === CR || d === SEMI || d === OPEN || d === CLOSE || d === QUOTE) break;
        j++;
      }
      if (j > n) j = n;
      tokens.push({ start: i, end: j, flags });
      i = j;
      lastEnd = i;
      continue scanLoop;
    }

    if (i >= n && depth > 0) {
      (problems ??= []).push({
        start: openAt,
        end: openAt + 1,
        message: UNCLOSED_PARENTHESIS,
      });
      if (openLineEnd > 0 && recoveries < MAX_PAREN_RECOVERIES) {
        recoveries++;
        restartAt = openLineEnd;
      }
    }

    const limit = restartAt >= 0 ? restartAt : n + 1;
    if (comments) for (const c of comments) if (c.start < limit) handlers.comment(c.start, c.end, c.standalone);
    if (problems) for (const p of problems) if (p.start < limit || p.start === openAt) handlers.problem(p);
    if (restartAt >= 0) {
      // Keep what stood on the line of the `(` as the entry, resume on the next line.
      const kept = tokens.filter((t) => t.end <= restartAt);
      if (kept.length > 0) {
        if (handlers.entry({ lineStart, blankOwner, tokens: kept, end: kept[kept.length - 1]!.end, groups: [] }) === false) return lineStart;
      }
      pos = restartAt;
      continue;
    }
    if (sawCode && tokens.length > 0) {
      if (handlers.entry({ lineStart, blankOwner, tokens, end: lastEnd, groups: groups ?? NO_GROUPS }) === false) return lineStart;
    }
    pos = i;
  }
  return n;
}
