/**
 * Rule: terraform/google-unquoted-txt. Cloud DNS reads `rrdatas` in zone presentation format,
 * so an unquoted TXT value with spaces is several character-strings, which receivers join with
 * no separator (RFC 7208 §3.3): `v=spf1 mx -all` becomes `v=spf1mx-all`. The fix quotes it.
 */
import { defineRule } from '../../../rules/define-rule';
import { isProviderTxt, REFERENCES, rewriteFix } from './support';

export const googleUnquotedTxt = defineRule({
  code: 'terraform/google-unquoted-txt',
  severity: 'warning',
  scope: 'record',
  types: ['TXT', 'SPF'],
  reference: REFERENCES.google,
  docs: {
    what: 'A TXT `rrdatas` item of a `google_dns_record_set` with spaces but no DNS quotes.',
    why:
      'The Google provider documents that a TXT value with spaces must be wrapped in `\\"` or it is split at the spaces (provider documentation for `rrdatas`). Receivers join the strings with no separator, so `v=spf1 include:_spf.example.net -all` is read as `v=spf1include:_spf.example.net-all`, which is no SPF record. (Examples in HCL.)',
    bad: 'rrdatas = ["v=spf1 include:_spf.example.net -all"]',
    good: 'rrdatas = ["\\"v=spf1 include:_spf.example.net -all\\""]',
  },
  check(record, context) {
    if (!isProviderTxt(record, 'google')) return;
    const tokens = record.rdata;
    if (tokens.length < 2 || tokens.some((t) => t.quoted)) return;
    const written = tokens.map((t) => t.raw);
    const value = record.value;
    if (!value) return;
    const intended = written.join(' ');
    const fix = written.some((w) => w.includes('\\')) ? undefined : rewriteFix(record, 'Wrap the value in DNS quotes', intended);
    context.report({
      range: { start: tokens[0]!.range.start, end: tokens[tokens.length - 1]!.range.end },
      message: `Without DNS quotes Cloud DNS splits this value at its spaces into ${tokens.length} strings, and receivers join them with no separator (\`${value.text.slice(0, 40)}${value.text.length > 40 ? '…' : ''}\`). Wrap the value in \\"…\\".`,
      ...(fix ? { fixes: [fix] } : {}),
      record,
    });
  },
});
