/**
 * Rule: cross/tlsa-partial-mx. DANE for some of a domain's MX hosts but not the others (MX
 * hosts in this zone only): senders fall back to the hosts without TLSA, unauthenticated. An
 * owner rule on the MX records of one domain (it needs two or more) that looks each MX host up
 * (its address with `recordsAt`, else the other open documents; its `_25._tcp.<host>` TLSA or
 * CNAME records with `recordsAt`).
 */
import type { RecordSite } from '../../../model';
import { defineRule, rfc } from '../../../rules/define-rule';
import { absoluteName, isInZone } from '../../../records/names';
import { lookup } from '../mail-index';

export const crossTlsaPartialMx = defineRule({
  code: 'cross/tlsa-partial-mx',
  severity: 'warning',
  scope: 'owner',
  reference: rfc(7672, '2.2.1'),
  docs: {
    what: 'A domain whose MX hosts in this zone have TLSA records at `_25._tcp.<host>` for some hosts and not for others.',
    why: 'DANE protects a delivery only to an MX host with TLSA records. An attacker who blocks the protected hosts makes senders fall back to the unprotected ones, where TLS is not authenticated, so partial DANE gives little protection.',
    bad: '$ORIGIN example.com.\n@  MX  10 mx1\n@  MX  20 mx2\nmx1  A  192.0.2.1\nmx2  A  192.0.2.2\n_25._tcp.mx1  TLSA  3 1 1 <sha-256 of the key>',
    good: '$ORIGIN example.com.\n@  MX  10 mx1\n@  MX  20 mx2\nmx1  A  192.0.2.1\nmx2  A  192.0.2.2\n_25._tcp.mx1  TLSA  3 1 1 <sha-256 of the key>\n_25._tcp.mx2  TLSA  3 1 1 <sha-256 of the key>',
  },
  check(records, context) {
    const apex = context.document.zoneOrigin;
    /** The MX records of this owner (this document's and included ones) with a host in the zone, and that host. */
    const list: { record: RecordSite; target: string }[] = [];
    for (const record of records) {
      if (record.type !== 'MX') continue;
      const exchange = record.rdata[1];
      if (!exchange || exchange.raw === '.' || record.generic) continue;
      const target = absoluteName(exchange.raw, record.origin);
      if (apex && !isInZone(target, apex)) continue;
      list.push({ record, target });
    }
    if (list.length < 2) return;
    // A TLSA record, or a CNAME to a shared TLSA set, at `_25._tcp.<host>` in this zone. Looked
    // up first: most domains publish none, and then the hosts' addresses do not matter.
    const tlsaHosts = new Set(list.filter((m) => context.recordsAt(`_25._tcp.${m.target}`).some((r) => r.type === 'TLSA' || r.type === 'CNAME')).map((m) => m.target));
    if (tlsaHosts.size === 0) return;
    const domain = list[0]!.record.owner;
    const find = lookup(context);
    const hosted = list.filter((m) => find(m.target).some((r) => r.type === 'A' || r.type === 'AAAA'));
    const withTlsa = new Set(hosted.filter((m) => tlsaHosts.has(m.target)).map((m) => m.target));
    if (withTlsa.size === 0 || withTlsa.size === new Set(hosted.map((m) => m.target)).size) return;
    const names = [...withTlsa].map((t) => `\`${t}\``).join(', ');
    const uri = context.document.uri;
    for (const m of hosted) {
      if (withTlsa.has(m.target) || m.record.uri !== uri) continue;
      context.report({
        range: m.record.rdata[1]!.range,
        message: `\`${domain}\` publishes DANE (TLSA) for ${names} but not for \`${m.target}\`; senders that cannot reach the protected hosts deliver here without authenticated TLS: publish \`_25._tcp.${m.target}\` TLSA records too (for example \`3 1 1\`).`,
        record: m.record,
      });
    }
  },
});
