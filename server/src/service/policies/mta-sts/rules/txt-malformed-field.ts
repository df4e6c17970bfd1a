/**
 * Rule: mta-sts/txt-malformed-field. Fields of the MTA-STS TXT record are `name=value` with an
 * extension name and a value without spaces, `;` or `=` (RFC 8461 §3.1), each given once.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { reportMalformedFields } from '../../cross/tag-records';
import { checkedMtaStsTxt } from '../txt-parse';

const OWN: ReadonlySet<string> = new Set(['id']);

export const mtaStsTxtMalformedField = defineRule({
  code: 'mta-sts/txt-malformed-field',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(8461, '3.1'),
  docs: {
    what: 'A field of the MTA-STS TXT record that is not `name=value`, has an invalid name or value, or appears twice.',
    why: 'A syntactically invalid record is ignored: senders then assume the domain has no MTA-STS policy.',
    bad: '$ORIGIN example.com.\n_mta-sts  TXT  "v=STSv1; id=20260101; mode: enforce"',
    good: '$ORIGIN example.com.\n_mta-sts  TXT  "v=STSv1; id=20260101"',
  },
  check(record, context) {
    const r = checkedMtaStsTxt(record);
    if (!r) return;
    reportMalformedFields(record, context, r.list, r.text, OWN, 'MTA-STS');
  },
});
