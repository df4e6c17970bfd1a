/**
 * Rule: dmarc/external-destination. A report destination outside the policy domain's
 * organisation: its domain must publish `<policy-domain>._report._dmarc.<destination>` TXT
 * `v=DMARC1`, or receivers send no reports there (RFC 7489 §7.1). Reported as advice when the
 * destination's zone is not at hand; dmarc/missing-authorization checks it when it is.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { uriListOf } from '../parse';
import { dmarcInput, externalDestinations } from '../support';

export const externalDestination = defineRule({
  code: 'dmarc/external-destination',
  severity: 'information',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(7489, '7.1'),
  docs: {
    what: 'A `rua=`/`ruf=` destination in another organisation\'s domain, whose zone is not at hand to check its authorisation record.',
    why: 'Receivers only send reports to a domain outside your own when that domain publishes `<your-domain>._report._dmarc.<its-domain>` TXT `v=DMARC1`; report services do this for their customers, but a missing record means no reports.',
    bad: '$ORIGIN example.com.\n_dmarc  TXT  "v=DMARC1; p=reject; rua=mailto:dmarc@reports.example.net"',
    good: '$ORIGIN example.com.\n_dmarc  TXT  "v=DMARC1; p=reject; rua=mailto:dmarc@example.com"',
  },
  check(record, context) {
    const d = dmarcInput(record, context, { policy: true });
    if (!d) return;
    for (const name of ['rua', 'ruf'] as const) {
      const uris = uriListOf(d.dmarc, name)?.uris;
      if (!uris || uris.length === 0) continue;
      for (const e of externalDestinations(d, uris)) {
        if (e.held) continue;
        d.at.report(
          e.uri.start,
          e.uri.uriEnd,
          `\`${e.destination}\` is outside \`${e.policy}\`: receivers send it reports only if it publishes \`${e.authorization}\` TXT \`v=DMARC1\`; make sure it does (or use \`zonemail live\`).`,
        );
      }
    }
  },
});
