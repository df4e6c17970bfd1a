/**
 * Parser of the MTA-STS policy file (RFC 8461 §3.2): lines `key: value` ending in LF or CRLF.
 * Returns the fields it could read and the syntax problems it found; never throws. A line with a
 * fixable slip (whitespace before the key or the colon) is still read, so one slip is reported
 * once and not again as a missing key.
 */
import type { Fix, OffsetRange, Problem } from '../../../model';

export const POLICY_CODES = {
  syntax: 'mta-sts/policy-syntax',
  blankLine: 'mta-sts/policy-blank-line',
} as const;

/** One `key: value` line. */
export interface PolicyField {
  /** The key as written (case kept). */
  readonly key: string;
  readonly keyRange: OffsetRange;
  /** The value without the whitespace around it; empty when none was written. */
  readonly value: string;
  /** Range of the value; an empty range right after the colon when there is none. */
  readonly valueRange: OffsetRange;
  /** The line without its terminator. */
  readonly lineRange: OffsetRange;
  /** The line with its terminator (what deleting the line removes). */
  readonly fullRange: OffsetRange;
}

export interface MtaStsPolicyFile {
  /** Fields in document order. */
  readonly fields: readonly PolicyField[];
  /** The line terminator to use in edits: CRLF when the first line ends in CRLF, else LF. */
  readonly eol: '\n' | '\r\n';
  /** Range of the first line's text, where file-level problems (a missing key) are shown. */
  readonly firstLine: OffsetRange;
}

/** `sts-policy-ext-name` (RFC 8461 §3.2): a letter or digit, then up to 31 of letters, digits, `_ - .`. */
export function isPolicyKeyName(key: string): boolean {
  if (key.length === 0 || key.length > 32) return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!alnum && (i === 0 || (c !== 95 && c !== 45 && c !== 46))) return false;
  }
  return true;
}

const isWsp = (c: number) => c === 32 || c === 9;
const isControl = (c: number) => (c < 32 && c !== 9) || c === 127;

export function parsePolicyFile(text: string): { policy: MtaStsPolicyFile; problems: Problem[] } {
  const fields: PolicyField[] = [];
  const problems: Problem[] = [];
  const syntax = (range: OffsetRange, message: string, fixes?: readonly Fix[]) =>
    problems.push({ code: POLICY_CODES.syntax, range, message, ...(fixes ? { fixes } : {}) });
  let eol: '\n' | '\r\n' | undefined;
  let firstLine: OffsetRange | undefined;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const hasNl = nl >= 0;
    let end = hasNl ? nl : text.length;
    const crlf = hasNl && end > pos && text.charCodeAt(end - 1) === 13;
    if (crlf) end--;
    const fullEnd = hasNl ? nl + 1 : text.length;
    eol ??= hasNl ? (crlf ? '\r\n' : '\n') : undefined;
    firstLine ??= { start: pos, end };
    readLine(text, pos, end, fullEnd, fields, problems, syntax);
    pos = fullEnd;
  }
  return { policy: { fields, eol: eol ?? '\n', firstLine: firstLine ?? { start: 0, end: 0 } }, problems };
}

function readLine(
  text: string,
  start: number,
  end: number,
  fullEnd: number,
  fields: PolicyField[],
  problems: Problem[],
  syntax: (range: OffsetRange, message: string, fixes?: readonly Fix[]) => void,
): void {
  const deleteLine: Fix = { title: 'Remove the blank line', edits: [{ range: { start, end: fullEnd }, newText: '' }], isPreferred: true };
  let first = start;
  while (first < end && isWsp(text.charCodeAt(first))) first++;
  if (first === end) {
    problems.push({
      code: POLICY_CODES.blankLine,
      range: { start, end },
      message: 'Blank line: the policy grammar has no empty lines (RFC 8461 §3.2), and a strict sender may reject the whole policy. Remove it.',
      fixes: [deleteLine],
    });
    return;
  }
  for (let i = first; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isControl(c)) {
      const what = c === 13 ? 'a carriage return that does not end the line (lines end in LF or CRLF)' : `the control character U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
      syntax({ start: i, end: i + 1 }, `This line holds ${what}; policy lines hold only visible characters and spaces (RFC 8461 §3.2). Remove it.`, [
        { title: 'Remove the character', edits: [{ range: { start: i, end: i + 1 }, newText: '' }], isPreferred: true },
      ]);
      return;
    }
  }
  let trimmedEnd = end;
  while (trimmedEnd > first && isWsp(text.charCodeAt(trimmedEnd - 1))) trimmedEnd--;
  const colon = text.indexOf(':', first);
  if (colon < 0 || colon >= end) {
    syntax({ start: first, end: trimmedEnd }, `\`${text.slice(first, trimmedEnd)}\` is not a \`key: value\` line; write a key, a colon and the value, e.g. \`mode: testing\` (RFC 8461 §3.2).`);
    return;
  }
  if (first > start) {
    syntax({ start, end: first }, 'Whitespace before the key: a policy line starts with its key (RFC 8461 §3.2), and a strict sender reads ` mx` as an unknown key. Remove the whitespace.', [
      { title: 'Remove the leading whitespace', edits: [{ range: { start, end: first }, newText: '' }], isPreferred: true },
    ]);
  }
  let keyEnd = colon;
  while (keyEnd > first && isWsp(text.charCodeAt(keyEnd - 1))) keyEnd--;
  const key = text.slice(first, keyEnd);
  if (key.length === 0) {
    syntax({ start: colon, end: colon + 1 }, 'This line has no key before the colon; write e.g. `mode: testing` (RFC 8461 §3.2).');
    return;
  }
  if (!isPolicyKeyName(key)) {
    syntax(
      { start: first, end: keyEnd },
      `\`${key}\` is not a valid key: keys are 1–32 letters, digits, \`_\`, \`-\` and \`.\`, starting with a letter or digit (RFC 8461 §3.2). The keys are \`version\`, \`mode\`, \`mx\` and \`max_age\`.`,
    );
    return;
  }
  if (keyEnd < colon) {
    syntax({ start: keyEnd, end: colon }, `Whitespace between \`${key}\` and the colon: the colon follows the key directly (RFC 8461 §3.2), and a strict sender reads \`${key} \` as an unknown key. Remove the whitespace.`, [
      { title: 'Remove the whitespace before the colon', edits: [{ range: { start: keyEnd, end: colon }, newText: '' }], isPreferred: true },
    ]);
  }
  let valueStart = colon + 1;
  while (valueStart < trimmedEnd && isWsp(text.charCodeAt(valueStart))) valueStart++;
  const valueEnd = Math.max(valueStart, trimmedEnd);
  const value = text.slice(valueStart, valueEnd);
  if (value.length === 0) {
    syntax({ start: first, end: colon + 1 }, `\`${key}\` has no value; write one after the colon, e.g. \`${exampleLine(key)}\` (RFC 8461 §3.2).`);
  }
  fields.push({ key, keyRange: { start: first, end: keyEnd }, value, valueRange: { start: valueStart, end: valueEnd }, lineRange: { start, end }, fullRange: { start, end: fullEnd } });
}

function exampleLine(key: string): string {
  switch (key) {
    case 'version':
      return 'version: STSv1';
    case 'mode':
      return 'mode: testing';
    case 'mx':
      return 'mx: mail.example.com';
    case 'max_age':
      return 'max_age: 604800';
    default:
      return `${key}: value`;
  }
}
