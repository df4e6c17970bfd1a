/**
 * Rule: dmarc/missing-authorization. A report destination outside the policy domain whose zone
 * is at hand (this zone, an included file or another open zone) but holds no
 * `<policy-domain>._report._dmarc.<destination>` TXT `v=DMARC1` record: receivers send no reports
 * there (RFC 7489 §7.1).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { uriListOf } from '../parse';
import { dmarcInput, externalDestinations } from '../support';

export const missingAuthorization = defineRule({
  code: 'dmarc/missing-authorization',
  severity: 'warning',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(7489, '7.1'),
  docs: {
    what: 'A `rua=`/`ruf=` destination outside the policy domain whose zone is at hand but lacks the authorisation record.',
    why: 'Receivers check `<policy-domain>._report._dmarc.<destination>` TXT `v=DMARC1` before sending reports to another domain; without it the reports are never sent.',
    bad: '$ORIGIN example.\n_dmarc.shop  TXT  "v=DMARC1; p=reject; rua=mailto:dmarc@reports.example"',
    good: '$ORIGIN example.\n_dmarc.shop  TXT  "v=DMARC1; p=reject; rua=mailto:dmarc@reports.example"\nshop.example._report._dmarc.reports  TXT  "v=DMARC1"',
  },
  check(record, context) {
    const d = dmarcInput(record, context, { policy: true });
    if (!d) return;
    for (const name of ['rua', 'ruf'] as const) {
      const uris = uriListOf(d.dmarc, name)?.uris;
      if (!uris || uris.length === 0) continue;
      for (const e of externalDestinations(d, uris)) {
        if (!e.held || e.authorised) continue;
        d.at.report(
          e.uri.start,
          e.uri.uriEnd,
          `\`${e.destination}\` is outside \`${e.policy}\` and publishes no \`${e.authorization}\` TXT \`v=DMARC1\` record, so receivers send it no reports: add that record to the \`${e.destination}\` zone.`,
        );
      }
    }
  },
});
