/**
 * Rule: zone/missing-apex-ns. A zone lists its authoritative name servers in NS records at the
 * apex (RFC 1035 §5.2, RFC 1034 §4.2.1). A document rule that reads no list: it finds this
 * file's first SOA with `documentSoa` and looks its owner up with `recordsAt`.
 */
import { defineRule, rfc } from '../rules/define-rule';
import { documentSoa } from './record-index';

export const missingApexNs = defineRule({
  code: 'zone/missing-apex-ns',
  severity: 'warning',
  scope: 'document',
  reference: rfc(1034, '4.2.1'),
  docs: {
    what: 'A zone with an SOA record but no NS record at its apex.',
    why: 'Every zone lists its authoritative name servers at the apex. Without NS records name servers refuse to load the zone ("has no NS records").',
    bad: '$ORIGIN example.com.\n@     SOA    ns1 hostmaster 2024010101 1h 15m 1w 1h\n@     MX     10 mail',
    good: '$ORIGIN example.com.\n@     SOA    ns1 hostmaster 2024010101 1h 15m 1w 1h\n@     NS     ns1\n@     NS     ns2.example.net.\n@     MX     10 mail',
  },
  check(document, context) {
    // DNS providers keep the apex NS records of zones managed as code.
    if (document.host !== 'zone-file') return;
    const soa = documentSoa(context);
    if (!soa) return;
    if (context.recordsAt(soa.owner).some((r) => r.type === 'NS')) return;
    context.report({
      range: soa.typeRange,
      message: `The zone \`${soa.owner}\` has no NS records at its apex; name servers will not load it. Add at least two NS records at \`@\` naming its authoritative servers.`,
      record: soa,
    });
  },
});
