/**
 * Rule: dmarc/leading-space. Whitespace before `v=DMARC1`: the record no longer starts with the
 * version tag, and receivers that follow the grammar (RFC 9989 §4.8, RFC 7489 §6.4) discard it.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { dmarcInput } from '../support';

export const leadingSpace = defineRule({
  code: 'dmarc/leading-space',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(9989, '4.8'),
  docs: {
    what: 'A DMARC record that starts with whitespace before `v=DMARC1`.',
    why: 'A DMARC record must start with `v=DMARC1`; the grammar allows no whitespace before it, and receivers that check the start of the record discard it, leaving the domain without a policy.',
    bad: '_dmarc  TXT  " v=DMARC1; p=reject"',
    good: '_dmarc  TXT  "v=DMARC1; p=reject"',
  },
  check(record, context) {
    const d = dmarcInput(record, context);
    if (!d || d.dmarc.leadingSpace === 0 || d.dmarc.version === 'missing' || d.dmarc.version === 'not-first') return;
    const n = d.dmarc.leadingSpace;
    d.at.report(0, n, 'The record starts with whitespace, so it does not start with `v=DMARC1` and receivers may discard it: remove the leading whitespace.', [
      d.at.replace('Remove the leading whitespace', 0, n, ''),
    ]);
  },
});
