/**
 * Rule: zone/repeated-origin. A name without a trailing dot is relative to `$ORIGIN`
 * (RFC 1035 §5.1), so `mail.example.com` inside `example.com.` means
 * `mail.example.com.example.com.`. Looks at owners and at the name fields of common types.
 */
import { defineRule, rfc } from '../rules/define-rule';
import type { OffsetRange, RecordSite } from '../model';
import type { RuleContext } from '../rules/define-rule';
import { isAbsolute } from '../records/names';
import { nameFieldIndexes } from './name-fields';

/** True when relative `text` ends with the labels of `origin` (absolute, lower case). */
function repeatsOrigin(text: string, origin: string): boolean {
  if (origin === '.' || text === '@' || text === '.' || isAbsolute(text)) return false;
  const bare = origin.slice(0, -1);
  const lower = text.toLowerCase();
  if (lower.length < bare.length) return false;
  if (lower === bare) return true;
  return lower.endsWith(bare) && lower.charCodeAt(lower.length - bare.length - 1) === 46 /* . */ && !escapedDotBefore(lower, lower.length - bare.length - 1);
}

/** True when the dot at `dot` is escaped by an odd number of backslashes. */
function escapedDotBefore(text: string, dot: number): boolean {
  let n = 0;
  for (let i = dot - 1; i >= 0 && text.charCodeAt(i) === 92; i--) n++;
  return n % 2 === 1;
}

function report(context: RuleContext, record: RecordSite, text: string, range: OffsetRange, what: string): void {
  const origin = record.origin.toLowerCase();
  context.report({
    range,
    message: `The ${what} \`${text}\` has no trailing dot, so it is relative to the origin and means \`${text}.${origin}\`. Add the trailing dot (\`${text}.\`) if the full name was meant.`,
    fixes: [{ title: `Add the trailing dot: \`${text}.\``, edits: [{ range: { start: range.end, end: range.end }, newText: '.' }], isPreferred: true }],
    record,
  });
}

export const repeatedOrigin = defineRule({
  code: 'zone/repeated-origin',
  severity: 'warning',
  scope: 'record',
  reference: rfc(1035, '5.1'),
  docs: {
    what: 'A relative name that already ends with the origin, because the trailing dot is missing.',
    why:
      'Names without a trailing dot get the origin appended. `mail.example.com` written in the zone `example.com.` becomes `mail.example.com.example.com.`, a name nobody looks up, so the record (often an MX target or a DKIM key) silently does not work.',
    bad: '$ORIGIN example.com.\n@     MX     10 mail.example.com',
    good: '$ORIGIN example.com.\n@     MX     10 mail.example.com.\n; or relative: @ MX 10 mail',
  },
  check(record, context) {
    const origin = record.origin.toLowerCase();
    if (origin === '.') return;
    if (record.ownerText !== undefined && record.ownerRange && repeatsOrigin(record.ownerText, origin)) {
      report(context, record, record.ownerText, record.ownerRange, 'owner name');
    }
    if (record.generic) return;
    for (const index of nameFieldIndexes(record.type)) {
      const token = record.rdata[index];
      if (!token || token.quoted || !repeatsOrigin(token.raw, origin)) continue;
      report(context, record, token.raw, token.range, `${record.type} name`);
    }
  },
});
