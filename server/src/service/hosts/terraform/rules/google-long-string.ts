/**
 * Rule: terraform/google-long-string. A character-string holds at most 255 octets
 * (RFC 1035 §3.3); in `rrdatas` a long TXT value is written as several quoted strings inside
 * one item (`"\"part1\" \"part2\""`). The fix splits it that way between terms.
 */
import { defineRule } from '../../../rules/define-rule';
import { isProviderTxt, REFERENCES, rewriteFix } from './support';

const MAX = 255;

export const googleLongString = defineRule({
  code: 'terraform/google-long-string',
  severity: 'error',
  scope: 'record',
  types: ['TXT', 'SPF'],
  reference: REFERENCES.google,
  docs: {
    what: 'A TXT `rrdatas` item of a `google_dns_record_set` with a character-string over 255 octets.',
    why:
      'Each character-string holds at most 255 octets (RFC 1035 §3.3); Cloud DNS reads `rrdatas` in zone presentation format and refuses a longer string. A long value (a DKIM key) is written as several quoted strings in the same item, which receivers join with no separator; a second list item would be a second, separate record. (Examples in HCL.)',
    bad: 'rrdatas = ["\\"v=DKIM1; k=rsa; p=MIIBIjANBgkqh...(300 characters)\\""]',
    good: 'rrdatas = ["\\"v=DKIM1; k=rsa; p=MIIBIjANBgkqh...(first 255)\\" \\"...(the rest)\\""]',
  },
  check(record, context) {
    if (!isProviderTxt(record, 'google')) return;
    const value = record.value;
    if (!value) return;
    let fixed = false;
    for (const cs of value.strings) {
      if (cs.octets <= MAX) continue;
      const fix = fixed ? undefined : rewriteFix(record, 'Split into quoted strings of at most 255 octets', value.text);
      fixed = true;
      context.report({
        range: cs.range,
        message: `This TXT string is ${cs.octets} octets long; a string holds at most ${MAX}. Split it into several quoted strings in the same item (\\"part1\\" \\"part2\\"); receivers join them with no separator.`,
        ...(fix ? { fixes: [fix] } : {}),
        record,
      });
    }
  },
});
