/**
 * Hex (RFC 4034 §5.3 presentation) and base64 (RFC 4648 §4) RDATA that may be split over
 * several tokens: syntax checks with exact offending ranges, and the decoded length in octets.
 */
import type { OffsetRange, RdataToken } from '../../model';
import type { RdataProblem } from './problem';

/** Encoded text and where it is; `exact` when each character sits at `range.start + index`. */
export interface Piece {
  readonly text: string;
  readonly range: OffsetRange;
  readonly exact: boolean;
}

/** The pieces of RDATA tokens: bare tokens map character by character, quoted ones as a whole. */
export function piecesOf(tokens: readonly RdataToken[]): Piece[] {
  return tokens.map((t) => ({ text: t.quoted ? t.cs.value : t.raw, range: t.range, exact: !t.quoted }));
}

export type DecodeResult = { octets: number } | { problem: RdataProblem };

const isHex = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

/** Checks hex digits over the tokens (whitespace between tokens allowed) and an even digit count. */
export function decodeHex(tokens: readonly Piece[], what: string): DecodeResult {
  let digits = 0;
  for (const t of tokens) {
    const text = t.text;
    for (let i = 0; i < text.length; i++) {
      if (!isHex(text.charCodeAt(i))) {
        const range = !t.exact ? t.range : { start: t.range.start + i, end: t.range.start + i + 1 };
        return { problem: { range, message: `${what} must be hexadecimal (0–9, a–f); \`${text[i]}\` is not a hex digit. Remove it or correct the value.` } };
      }
    }
    digits += text.length;
  }
  if (digits % 2 !== 0) {
    const range = { start: tokens[0]!.range.start, end: tokens[tokens.length - 1]!.range.end };
    return { problem: { range, message: `${what} has an odd number of hex digits (${digits}); each octet takes two digits, so a digit is missing or extra.` } };
  }
  return { octets: digits / 2 };
}

const isBase64 = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;

/** Checks the base64 alphabet, padding only at the end, and a length that is a multiple of 4. */
export function decodeBase64(tokens: readonly Piece[], what: string): DecodeResult {
  let chars = 0;
  let padding = 0;
  for (const t of tokens) {
    const text = t.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const at = !t.exact ? t.range : { start: t.range.start + i, end: t.range.start + i + 1 };
      if (c === 61 /* = */) {
        padding++;
        if (padding > 2) return { problem: { range: at, message: `${what} has too much \`=\` padding; base64 ends in at most two \`=\`.` } };
      } else if (!isBase64(c)) {
        return { problem: { range: at, message: `${what} must be base64 (A–Z, a–z, 0–9, +, /, = padding); \`${text[i]}\` is not allowed. Remove it or paste the value again.` } };
      } else if (padding > 0) {
        return { problem: { range: at, message: `${what} has data after \`=\` padding; padding may appear only at the end. Paste the value again.` } };
      } else {
        chars++;
      }
    }
  }
  const total = chars + padding;
  if (total % 4 !== 0) {
    const range = { start: tokens[0]!.range.start, end: tokens[tokens.length - 1]!.range.end };
    return { problem: { range, message: `${what} is truncated: base64 comes in groups of 4 characters but this has ${total}. Paste the complete value.` } };
  }
  return { octets: (total / 4) * 3 - padding };
}
