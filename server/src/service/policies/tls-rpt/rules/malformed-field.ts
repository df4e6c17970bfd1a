/**
 * Rule: tls-rpt/malformed-field. Fields of a TLS-RPT record are `name=value` with an extension
 * name and a value without spaces, `;` or `=` (RFC 8460 §3), each given once.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { reportMalformedFields } from '../../cross/tag-records';
import { checkedTlsRpt } from '../parse';

const OWN: ReadonlySet<string> = new Set(['rua']);

export const tlsRptMalformedField = defineRule({
  code: 'tls-rpt/malformed-field',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(8460, '3'),
  docs: {
    what: 'A field of a TLS-RPT record that is not `name=value`, has an invalid name or value, or appears twice (two `rua=` fields included).',
    why: 'Senders ignore a record they cannot parse, and with two `rua=` fields it is unclear where reports go; list every destination in one `rua=`.',
    bad: '$ORIGIN example.com.\n_smtp._tls  TXT  "v=TLSRPTv1; rua=mailto:a@example.com; rua=mailto:b@example.com"',
    good: '$ORIGIN example.com.\n_smtp._tls  TXT  "v=TLSRPTv1; rua=mailto:a@example.com,mailto:b@example.com"',
  },
  check(record, context) {
    const r = checkedTlsRpt(record);
    if (!r) return;
    reportMalformedFields(record, context, r.list, r.text, OWN, 'TLS-RPT');
  },
});
