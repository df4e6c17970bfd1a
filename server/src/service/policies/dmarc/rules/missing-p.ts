/**
 * Rule: dmarc/missing-p. A DMARC policy record without `p=` but with a valid `rua=`. RFC 9989
 * (§4.7, §4.10) treats it as a reporting-only record (`p=none`); RFC 7489 §6.3 requires `p`, so
 * RFC 7489 receivers may discard it.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { isValidReportUri, uriListOf } from '../parse';
import { dmarcInput, fixOf, insertionAfterVersion } from '../support';

export const missingP = defineRule({
  code: 'dmarc/missing-p',
  severity: 'warning',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(9989, '4.7'),
  docs: {
    what: 'A DMARC record with a report address (`rua=`) but no policy (`p=`).',
    why: 'RFC 9989 reads such a record as `p=none` (reporting only), but RFC 7489, which most receivers still run, requires `p`, so some receivers ignore the record.',
    bad: '_dmarc  TXT  "v=DMARC1; rua=mailto:dmarc@example.com"',
    good: '_dmarc  TXT  "v=DMARC1; p=none; rua=mailto:dmarc@example.com"',
  },
  check(record, context) {
    const d = dmarcInput(record, context, { policy: true });
    if (!d || d.dmarc.byName.has('p')) return;
    const rua = uriListOf(d.dmarc, 'rua');
    if (!rua || !rua.uris.some(isValidReportUri)) return;
    const anchor = d.dmarc.versionTag ?? d.dmarc.tags[0]!;
    d.at.report(
      anchor.start,
      anchor.end,
      'This record has no `p=` tag: RFC 9989 receivers treat it as reporting-only (`p=none`), but RFC 7489 requires `p` and some receivers ignore the record: add `p=none` (or `p=quarantine` / `p=reject`).',
      [fixOf(d, 'Add `p=none`', [insertionAfterVersion(d.dmarc, 'p=none')])],
    );
  },
});
