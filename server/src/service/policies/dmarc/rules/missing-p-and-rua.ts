/**
 * Rule: dmarc/missing-p-and-rua. A DMARC policy record with neither `p=` nor a valid `rua=`:
 * receivers apply no DMARC processing at all (RFC 9989 §4.10.1, RFC 7489 §6.6.3).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { isValidReportUri, uriListOf } from '../parse';
import { dmarcInput, fixOf, insertionAfterVersion } from '../support';

export const missingPAndRua = defineRule({
  code: 'dmarc/missing-p-and-rua',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(9989, '4.10.1'),
  docs: {
    what: 'A DMARC record with no policy (`p=`) and no valid report address (`rua=`).',
    why: 'Without `p` a record is only usable as a reporting-only record, which needs a valid `rua`; with neither, receivers apply no DMARC processing and the record does nothing.',
    bad: '_dmarc  TXT  "v=DMARC1; adkim=s"',
    good: '_dmarc  TXT  "v=DMARC1; p=none; adkim=s"',
  },
  check(record, context) {
    const d = dmarcInput(record, context, { policy: true });
    if (!d || d.dmarc.byName.has('p')) return;
    const rua = uriListOf(d.dmarc, 'rua');
    if (rua && rua.uris.some(isValidReportUri)) return;
    const anchor = d.dmarc.versionTag ?? d.dmarc.tags[0]!;
    d.at.report(
      anchor.start,
      anchor.end,
      'This record has no `p=` tag and no valid `rua=` address, so receivers apply no DMARC processing at all: add `p=none` (or `p=quarantine` / `p=reject`).',
      [fixOf(d, 'Add `p=none`', [insertionAfterVersion(d.dmarc, 'p=none')])],
    );
  },
});
