/**
 * Rule: zone/missing-soa. A zone file needs an SOA record (RFC 1035 §5.2); a file without one is
 * fine when it is a fragment loaded with `$INCLUDE`, so this is information only. A document
 * rule that reads no list: the zone's SOA, if any, comes from `zoneSoa`.
 */
import { defineRule, rfc } from '../rules/define-rule';
import { ownerOrTypeRange, zoneSoa } from './record-index';

export const missingSoa = defineRule({
  code: 'zone/missing-soa',
  severity: 'information',
  scope: 'document',
  reference: rfc(1035, '5.2'),
  docs: {
    what: 'A file with records but no SOA record.',
    why: 'A complete zone file starts with an SOA record at its apex; name servers will not load a zone without one. Files that are `$INCLUDE`d into a zone do not need one, so this is only information.',
    bad: '$ORIGIN example.com.\n@     MX     10 mail.example.com.',
    good: '$ORIGIN example.com.\n@     SOA    ns1 hostmaster 2024010101 1h 15m 1w 1h\n@     NS     ns1\n@     MX     10 mail.example.com.',
  },
  check(document, context) {
    // DNS providers keep the SOA of zones managed as code: only zone files must hold one.
    if (document.host !== 'zone-file') return;
    const first = document.records[0];
    if (!first) return;
    if (zoneSoa(context)) return;
    context.report({
      range: ownerOrTypeRange(first),
      message: 'This file has no SOA record. That is fine for a fragment loaded with `$INCLUDE`; a complete zone file needs one SOA record at its apex. Add one, or silence `zone/missing-soa` for fragment files.',
      record: first,
    });
  },
});
