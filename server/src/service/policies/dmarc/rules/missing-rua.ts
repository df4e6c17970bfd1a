/**
 * Rule: dmarc/missing-rua. A DMARC policy record without `rua=`: nobody receives aggregate
 * reports (RFC 9989 §4.7).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { dmarcInput } from '../support';

export const missingRua = defineRule({
  code: 'dmarc/missing-rua',
  severity: 'information',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(9989, '4.7'),
  docs: {
    what: 'A DMARC policy record without an aggregate report destination (`rua=`).',
    why: 'Aggregate reports are how you learn which servers send mail as your domain and whether it passes; without them, moving to `quarantine` or `reject` is guesswork and breakage goes unnoticed.',
    bad: '_dmarc  TXT  "v=DMARC1; p=quarantine"',
    good: '_dmarc  TXT  "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com"',
  },
  check(record, context) {
    const d = dmarcInput(record, context, { policy: true });
    if (!d || d.dmarc.byName.has('rua') || !d.dmarc.byName.has('p')) return;
    const anchor = d.dmarc.versionTag ?? d.dmarc.tags[0]!;
    d.at.report(anchor.start, anchor.end, 'This record has no `rua=`, so nobody receives aggregate reports about mail sent as this domain: add `rua=mailto:<address>`.');
  },
});
