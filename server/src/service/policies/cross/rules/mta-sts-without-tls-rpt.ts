/**
 * Rule: cross/mta-sts-without-tls-rpt. A domain with MTA-STS but no TLS-RPT record: failures
 * to deliver under the policy are never reported to the domain. A record rule on MTA-STS TXT
 * records that reports the first one at each `_mta-sts.<domain>` and looks
 * `_smtp._tls.<domain>` up (`recordsAt`, else the other open documents).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { contentKind } from '../../kinds';
import { ownerOrTypeRange } from '../../../zone-rules/record-index';
import { firstMtaStsAtOwner, lookup } from '../mail-index';

export const crossMtaStsWithoutTlsRpt = defineRule({
  code: 'cross/mta-sts-without-tls-rpt',
  severity: 'information',
  scope: 'record',
  types: ['TXT'],
  policy: ['mta-sts'],
  reference: rfc(8460, '3'),
  docs: {
    what: 'An MTA-STS TXT record at `_mta-sts.<domain>` without a TLS-RPT record at `_smtp._tls.<domain>` in the zone.',
    why: 'With MTA-STS in `enforce` mode, senders refuse to deliver when TLS fails; TLS-RPT is how the domain hears about it (RFC 8461 recommends it). Without reports, a broken certificate or policy shows up only as lost mail.',
    bad: '$ORIGIN example.com.\n_mta-sts  TXT  "v=STSv1; id=20260101"',
    good: '$ORIGIN example.com.\n_mta-sts    TXT  "v=STSv1; id=20260101"\n_smtp._tls  TXT  "v=TLSRPTv1; rua=mailto:tlsrpt@example.com"',
  },
  check(record, context) {
    if (!firstMtaStsAtOwner(record, context)) return;
    const domain = record.owner.slice('_mta-sts.'.length);
    if (lookup(context)(`_smtp._tls.${domain}`).some((r) => r.type === 'TXT' && r.value && contentKind(r.value.text) === 'tls-rpt')) return;
    context.report({
      range: ownerOrTypeRange(record),
      message: `\`${domain}\` has MTA-STS but no TLS-RPT record, so nobody hears when senders cannot deliver under the policy: add \`_smtp._tls.${domain} TXT "v=TLSRPTv1; rua=mailto:<address>"\`.`,
      record,
    });
  },
});
