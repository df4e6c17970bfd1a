/**
 * Rule: dmarc/missing-version. A TXT record at `_dmarc` that holds DMARC tags (`p=`, `rua=`...)
 * but no `v=DMARC1`: receivers discard it (RFC 9989 §4.10).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { dmarcInput, fixOf } from '../support';

export const missingVersion = defineRule({
  code: 'dmarc/missing-version',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(9989, '4.10'),
  docs: {
    what: 'A TXT record at `_dmarc` with DMARC tags but no `v=DMARC1` tag.',
    why: 'Receivers only use TXT records at `_dmarc` that start with `v=DMARC1`; without it the record is ignored and the domain has no DMARC policy.',
    bad: '_dmarc  TXT  "p=reject; rua=mailto:dmarc@example.com"',
    good: '_dmarc  TXT  "v=DMARC1; p=reject; rua=mailto:dmarc@example.com"',
  },
  check(record, context) {
    const d = dmarcInput(record, context);
    if (!d || d.dmarc.version !== 'missing') return;
    const first = d.dmarc.tags[0];
    if (!first) return;
    d.at.report(first.start, first.end, 'This record has no `v=DMARC1` tag, so receivers ignore it: start the record with `v=DMARC1; `.', [
      fixOf(d, 'Insert `v=DMARC1; ` at the start', [{ start: first.start, end: first.start, text: 'v=DMARC1; ' }]),
    ]);
  },
});
