/**
 * Rule: spf/host-bits-set. An `ip4:`/`ip6:` network with bits set beyond its prefix length
 * (`ip4:192.0.2.1/24`): receivers mask them off (RFC 7208 §5.6), so the term covers the whole
 * network, which may be more than meant. The message names the network; the fix writes it.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { formatIp4, formatIp6, hostBitsSet, networkOf, coverage } from '../addresses';
import { spfOf } from '../parse';
import { SPF_TYPES } from './problems';

export const hostBitsSetRule = defineRule({
  code: 'spf/host-bits-set',
  severity: 'information',
  scope: 'record',
  types: SPF_TYPES,
  reference: rfc(7208, '5.6'),
  docs: {
    what: 'An `ip4:` or `ip6:` network whose address has bits set beyond the prefix length.',
    why: 'Receivers ignore the bits beyond the prefix: `ip4:192.0.2.1/24` authorises all of 192.0.2.0/24. Often a single host (`/32`) was meant, or the network should be written plainly.',
    bad: '$ORIGIN example.com.\n@  TXT  "v=spf1 ip4:192.0.2.1/24 -all"',
    good: '$ORIGIN example.com.\n@  TXT  "v=spf1 ip4:192.0.2.0/24 -all"',
  },
  check(record, context) {
    const spf = spfOf(record);
    if (!spf) return;
    for (const t of spf.terms) {
      if (t.type !== 'mechanism' || !t.bytes || !t.address) continue;
      const cidr = t.name === 'ip4' ? t.cidr4 : t.cidr6;
      if (!cidr || !hostBitsSet(t.bytes, cidr.value)) continue;
      const family = t.name === 'ip4' ? 4 : 6;
      const net = networkOf(t.bytes, cidr.value);
      const network = `${family === 4 ? formatIp4(net) : formatIp6(net)}/${cidr.value}`;
      const at = valueReporter(record, record.value!, context);
      at.report(
        t.address.start,
        cidr.end,
        `\`${t.address.text}/${cidr.value}\` has host bits set beyond the prefix; receivers read it as the network ${network} (${coverage(family, cidr.value)}). Write \`${network}\`, or \`/${family === 4 ? 32 : 128}\` if you meant the single host.`,
        [at.replace(`Write the network \`${network}\``, t.address.start, cidr.end, network)],
      );
    }
  },
});
