/**
 * Rule: cross/mta-sts-without-host. An MTA-STS TXT record whose policy host `mta-sts.<domain>`
 * has no address (A, AAAA or CNAME) in the zone: senders cannot fetch the policy. A record rule
 * on MTA-STS TXT records that reports the first one at each `_mta-sts.<domain>` and looks the
 * policy host up (`recordsAt`, else the other open documents).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { isInZone } from '../../../records/names';
import { ownerOrTypeRange } from '../../../zone-rules/record-index';
import { firstMtaStsAtOwner, lookup } from '../mail-index';

const HOST_TYPES: ReadonlySet<string> = new Set(['A', 'AAAA', 'CNAME', 'NS', 'DNAME']);

export const crossMtaStsWithoutHost = defineRule({
  code: 'cross/mta-sts-without-host',
  severity: 'information',
  scope: 'record',
  types: ['TXT'],
  policy: ['mta-sts'],
  reference: rfc(8461, '3.3'),
  docs: {
    what: 'An MTA-STS TXT record at `_mta-sts.<domain>` while the zone has no A, AAAA or CNAME record (and no delegation) for `mta-sts.<domain>`.',
    why: 'Senders fetch the policy from `https://mta-sts.<domain>/.well-known/mta-sts.txt`; without an address for that host the fetch fails and the policy is never applied.',
    bad: '$ORIGIN example.com.\n_mta-sts  TXT  "v=STSv1; id=20260101"',
    good: '$ORIGIN example.com.\n_mta-sts  TXT    "v=STSv1; id=20260101"\nmta-sts   CNAME  policy-host.example.net.',
  },
  check(record, context) {
    if (!firstMtaStsAtOwner(record, context)) return;
    const domain = record.owner.slice('_mta-sts.'.length);
    const host = `mta-sts.${domain}`;
    const apex = context.document.zoneOrigin;
    if (apex && !isInZone(host, apex)) return;
    const find = lookup(context);
    const has = (name: string) => find(name).some((r) => HOST_TYPES.has(r.type));
    if (has(host) || has(`*.${domain}`)) return;
    context.report({
      range: ownerOrTypeRange(record),
      message: `The zone has no A, AAAA or CNAME record for \`${host}\`, where senders fetch the MTA-STS policy (\`https://${host.slice(0, -1)}/.well-known/mta-sts.txt\`): add the host, or make sure it is published elsewhere.`,
      record,
    });
  },
});
