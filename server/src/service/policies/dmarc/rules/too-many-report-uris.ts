/**
 * Rule: dmarc/too-many-report-uris. More than two `rua=` or `ruf=` destinations: receivers must
 * send to at least two and may ignore the rest (RFC 7489 §6.2).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { uriListOf } from '../parse';
import { dmarcInput } from '../support';

export const tooManyReportUris = defineRule({
  code: 'dmarc/too-many-report-uris',
  severity: 'information',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(7489, '6.2'),
  docs: {
    what: 'More than two report destinations in `rua=` or `ruf=`.',
    why: 'Receivers only have to deliver reports to two destinations and may ignore the others, so the third and later addresses may get nothing.',
    bad: '_dmarc  TXT  "v=DMARC1; p=reject; rua=mailto:a@example.com,mailto:b@example.com,mailto:c@example.com"',
    good: '_dmarc  TXT  "v=DMARC1; p=reject; rua=mailto:a@example.com,mailto:b@example.com"',
  },
  check(record, context) {
    const d = dmarcInput(record, context);
    if (!d) return;
    for (const name of ['rua', 'ruf'] as const) {
      const uris = uriListOf(d.dmarc, name)?.uris ?? [];
      if (uris.length <= 2) continue;
      d.at.report(
        uris[2]!.start,
        uris[uris.length - 1]!.end,
        `\`${name}\` lists ${uris.length} destinations; receivers only have to send to two and may ignore these: keep at most two (forward reports from one mailbox instead).`,
      );
    }
  },
});
