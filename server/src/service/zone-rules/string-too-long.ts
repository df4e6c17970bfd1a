/**
 * Rule: txt/string-too-long. A character-string holds at most 255 octets after escape
 * processing (RFC 1035 §3.3). The fix splits the string into quoted chunks, copying the source
 * text and never splitting an escape (`\DDD`, `\X`) or a multi-octet character.
 */
import { defineRule, rfc } from '../rules/define-rule';
import type { CharString, Fix } from '../model';
import { spfSplitFix } from '../policies/spf/edits';
import { rewriteValue } from '../policies/value-edits';
import { utf8Length } from '../text/octets';

const MAX_OCTETS = 255;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The source text of `cs` rewritten as quoted strings of at most 255 octets each. */
export function splitCharString(text: string, cs: CharString): string {
  const start = cs.quoted ? cs.range.start + 1 : cs.range.start;
  const end = cs.quoted ? cs.range.end - 1 : cs.range.end;
  const chunks: string[] = [];
  // Each chunk is copied from the text in runs (not unit by unit), so a long string of escapes
  // costs one slice per chunk.
  let current = '';
  let runStart = start;
  let octets = 0;
  let i = start;
  while (i < end) {
    let size: number;
    let advance: number;
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */ && i + 1 < end) {
      if (i + 3 < end && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3))) {
        size = 1;
        advance = 4;
      } else {
        const d = text.charCodeAt(i + 1);
        const width = d >= 0xd800 && d <= 0xdbff && i + 2 < end ? 2 : 1;
        size = utf8Length(text, i + 1, i + 1 + width);
        advance = 1 + width;
      }
    } else {
      const width = c >= 0xd800 && c <= 0xdbff && i + 1 < end ? 2 : 1;
      size = utf8Length(text, i, i + width);
      advance = width;
    }
    if (octets + size > MAX_OCTETS && (current.length > 0 || i > runStart)) {
      chunks.push(current + text.slice(runStart, i));
      current = '';
      runStart = i;
      octets = 0;
    }
    if (!cs.quoted && c === 34 /* " */) {
      current += `${text.slice(runStart, i)}\\"`;
      runStart = i + advance;
    }
    octets += size;
    i += advance;
  }
  current += text.slice(runStart, end);
  if (current.length > 0 || chunks.length === 0) chunks.push(current);
  return chunks.map((chunk) => `"${chunk}"`).join(' ');
}

export const stringTooLong = defineRule({
  code: 'txt/string-too-long',
  severity: 'error',
  scope: 'record',
  types: ['TXT', 'SPF'],
  reference: rfc(1035, '3.3'),
  docs: {
    what: 'A character-string in a TXT record that is longer than 255 octets.',
    why:
      'Each character-string is stored with a one-octet length, so it holds at most 255 octets. Name servers refuse the record or the zone, and providers reject it. Long values (DKIM keys, long SPF policies) must be split into several strings, which receivers join with no separator.',
    bad: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA... (300 characters)"',
    good: '$ORIGIN example.com.\nsel._domainkey  TXT  ( "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA..."\n                       "...rest of the key" )',
  },
  check(record, context) {
    const strings = record.value?.strings ?? record.rdata.map((t) => t.cs);
    // An SPF record is best split between its terms, once for the whole record (worked out
    // only when a string is too long: most records have none).
    let first = true;
    for (const cs of strings) {
      if (cs.octets <= MAX_OCTETS) continue;
      const fixes: Fix[] = [];
      const recordFix = first && record.host === 'zone-file' ? spfSplitFix(record) : undefined;
      first = false;
      if (recordFix) fixes.push(recordFix);
      if (record.host === 'zone-file') {
        fixes.push({
          title: `Split into strings of at most ${MAX_OCTETS} octets`,
          edits: [{ range: cs.range, newText: splitCharString(context.document.text, cs) }],
          isPreferred: fixes.length === 0,
        });
      } else {
        // In IaC files the host and its provider decide how strings are written.
        const edit = record.value ? rewriteValue(record, record.value.text) : undefined;
        if (edit) fixes.push({ title: `Split into strings of at most ${MAX_OCTETS} octets`, edits: [edit], isPreferred: true });
      }
      context.report({
        range: cs.range,
        message: `This character-string is ${cs.octets} octets long; a character-string holds at most ${MAX_OCTETS}. Split it into several quoted strings of at most ${MAX_OCTETS} octets ("part1" "part2"); receivers join them with no separator.`,
        fixes,
        record,
      });
    }
  },
});
