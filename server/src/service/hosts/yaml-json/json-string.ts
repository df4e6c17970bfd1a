/**
 * JSON string literals (RFC 8259 §7) decoded into host strings with an exact source map. Every
 * escape (`\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t`, `\uXXXX`, and a surrogate pair written as
 * two `\u` escapes) is one atomic piece. Never throws; a malformed escape is kept as written.
 */
import { HostStringBuilder, encodeDoubleQuoted, type HostString } from '../iac/host-string';

const SIMPLE: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

function hex4(text: string, at: number, end: number): number | undefined {
  if (at + 4 > end) return undefined;
  let v = 0;
  for (let k = at; k < at + 4; k++) {
    const c = text.charCodeAt(k);
    const d = c >= 48 && c <= 57 ? c - 48 : (c | 0x20) >= 97 && (c | 0x20) <= 102 ? (c | 0x20) - 87 : -1;
    if (d < 0) return undefined;
    v = v * 16 + d;
  }
  return v;
}

/** Escapes text for a JSON string literal. */
export function encodeJsonString(text: string): string {
  return encodeDoubleQuoted(text);
}

/**
 * Decodes the JSON string literal at `[start, end)` of `text` (quotes included; an unclosed
 * literal may lack the closing quote).
 */
export function decodeJsonString(text: string, start: number, end: number): HostString {
  const open = start + 1;
  const close = end > open && text[end - 1] === '"' && !escapedQuote(text, open, end - 1) ? end - 1 : end;
  const b = new HostStringBuilder(open);
  let run = open;
  let i = open;
  const flush = (at: number) => {
    if (at > run) b.literal(text.slice(run, at), run);
  };
  while (i < close) {
    if (text[i] !== '\\' || i + 1 >= close) {
      i++;
      continue;
    }
    flush(i);
    const d = text[i + 1]!;
    const simple = SIMPLE[d];
    if (simple !== undefined) {
      b.escape(simple, i, i + 2);
      i += 2;
    } else if (d === 'u' && hex4(text, i + 2, close) !== undefined) {
      const hi = hex4(text, i + 2, close)!;
      const lo = hi >= 0xd800 && hi <= 0xdbff && text[i + 6] === '\\' && text[i + 7] === 'u' ? hex4(text, i + 8, close) : undefined;
      if (lo !== undefined && lo >= 0xdc00 && lo <= 0xdfff) {
        b.escape(String.fromCharCode(hi, lo), i, i + 12);
        i += 12;
      } else {
        b.escape(String.fromCharCode(hi), i, i + 6);
        i += 6;
      }
    } else {
      // Not a JSON escape: kept as written (the JSON parser reports it).
      b.literal(text.slice(i, i + 2), i);
      i += 2;
    }
    run = i;
  }
  flush(close);
  return b.finish({ start, end }, encodeJsonString, close);
}

/** True when the quote at `at` is escaped by an odd run of backslashes after `from`. */
function escapedQuote(text: string, from: number, at: number): boolean {
  let n = 0;
  for (let k = at - 1; k >= from && text[k] === '\\'; k--) n++;
  return n % 2 === 1;
}
