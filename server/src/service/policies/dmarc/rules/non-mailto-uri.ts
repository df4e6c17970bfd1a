/**
 * Rule: dmarc/non-mailto-uri. A report destination with a scheme other than `mailto:`: receivers
 * must support `mailto:` and may support others, and in practice few do (RFC 9989 §4.7,
 * RFC 7489 §6.2).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { uriListOf } from '../parse';
import { dmarcInput } from '../support';

export const nonMailtoUri = defineRule({
  code: 'dmarc/non-mailto-uri',
  severity: 'warning',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(7489, '6.2'),
  docs: {
    what: 'A `rua=` or `ruf=` destination that is not a `mailto:` URI.',
    why: 'Receivers are only required to send reports by email; hardly any deliver to `https:` or other schemes, so reports are lost.',
    bad: '_dmarc  TXT  "v=DMARC1; p=reject; rua=https://reports.example.com/dmarc"',
    good: '_dmarc  TXT  "v=DMARC1; p=reject; rua=mailto:dmarc@example.com"',
  },
  check(record, context) {
    const d = dmarcInput(record, context);
    if (!d) return;
    for (const name of ['rua', 'ruf'] as const) {
      for (const uri of uriListOf(d.dmarc, name)?.uris ?? []) {
        if (uri.scheme === undefined || uri.scheme === 'mailto') continue;
        d.at.report(uri.start, uri.uriEnd, `Receivers only have to support \`mailto:\` destinations and few deliver reports to \`${uri.scheme}:\`: use a \`mailto:\` address.`);
      }
    }
  },
});
