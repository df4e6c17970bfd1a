/**
 * Decodes a zone-file token into a DNS character-string (RFC 1035 §5.1): strips the quotes,
 * resolves `\X` and `\DDD` escapes, counts octets and records a source map from the decoded
 * value back to the document. Escapes are atomic in the map.
 */
import type { CharString } from '../../model';
import { SourceMap } from '../../text/source-map';
import { utf8Length } from '../../text/octets';
import { TokenFlags, type Token } from './scanner';

export interface EscapeProblem {
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

const BACKSLASH = 92;
const QUOTE = 34;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Decodes `token` from `text`; escape problems go to `onProblem` when given. */
export function decodeCharString(text: string, token: Token, onProblem?: (p: EscapeProblem) => void): CharString {
  const quoted = (token.flags & TokenFlags.Quoted) !== 0;
  let start = token.start;
  let end = token.end;
  if (quoted) {
    start += 1;
    if ((token.flags & TokenFlags.Unterminated) === 0 && end > start && text.charCodeAt(end - 1) === QUOTE) end -= 1;
  }
  const map = new SourceMap(start);
  const range = { start: token.start, end: token.end };
  if ((token.flags & TokenFlags.Escaped) === 0) {
    const value = text.slice(start, end);
    map.addLiteral(0, start, value.length);
    map.setEnd(end);
    return { range, quoted, value, octets: utf8Length(value), map };
  }
  let value = '';
  let octets = 0;
  let runStart = start;
  let i = start;
  const flush = (upTo: number) => {
    if (upTo > runStart) {
      const run = text.slice(runStart, upTo);
      map.addLiteral(value.length, runStart, run.length);
      value += run;
      octets += utf8Length(run);
    }
  };
  while (i < end) {
    if (text.charCodeAt(i) !== BACKSLASH) {
      i++;
      continue;
    }
    flush(i);
    if (i + 1 >= end) {
      onProblem?.({ start: i, end: i + 1, message: 'A backslash at the end of a string escapes nothing: remove it or write `\\\\` for a backslash.' });
      runStart = i = end;
      break;
    }
    const c1 = text.charCodeAt(i + 1);
    if (isDigit(c1)) {
      if (i + 3 < end && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3))) {
        const code = (c1 - 48) * 100 + (text.charCodeAt(i + 2) - 48) * 10 + (text.charCodeAt(i + 3) - 48);
        if (code > 255) {
          onProblem?.({
            start: i,
            end: i + 4,
            message: `\`${text.slice(i, i + 4)}\` is not an octet: a \\DDD escape is a decimal number from 000 to 255.`,
          });
        }
        map.addEscape(value.length, 1, i, i + 4);
        value += String.fromCharCode(code & 0xff);
        octets += 1;
        i += 4;
      } else {
        let j = i + 1;
        while (j < end && j < i + 4 && isDigit(text.charCodeAt(j))) j++;
        onProblem?.({
          start: i,
          end: j,
          message: `\`${text.slice(i, j)}\` is not a valid escape: \\DDD needs exactly three decimal digits (e.g. \\059 for ";").`,
        });
        map.addEscape(value.length, 1, i, j);
        value += String.fromCharCode(c1);
        octets += 1;
        i = j;
      }
    } else {
      // `\X`: X taken literally (a surrogate pair stays whole).
      let len = 1;
      if (c1 >= 0xd800 && c1 <= 0xdbff && i + 2 < end) len = 2;
      const ch = text.slice(i + 1, i + 1 + len);
      map.addEscape(value.length, ch.length, i, i + 1 + len);
      value += ch;
      octets += utf8Length(ch);
      i += 1 + len;
    }
    runStart = i;
  }
  flush(end);
  map.setEnd(end);
  return { range, quoted, value, octets, map };
}
