/**
 * Rule: zone/multiple-soa. A zone has exactly one SOA record, at its apex (RFC 1035 §5.2).
 * Reports every SOA of this file after the first SOA of the zone, which is then this file's
 * first (included files' records come after this file's). A record rule on SOA records that
 * finds that first SOA with `documentSoa` (a lookup of the zone origin in a zone file).
 */
import { defineRule, rfc } from '../rules/define-rule';
import { documentSoa } from './record-index';

export const multipleSoa = defineRule({
  code: 'zone/multiple-soa',
  severity: 'error',
  scope: 'record',
  types: ['SOA'],
  reference: rfc(1035, '5.2'),
  docs: {
    what: 'More than one SOA record in a zone.',
    why: 'A zone has exactly one SOA record. Name servers refuse to load a zone with several ("multiple RRs of singleton type"), so none of its records are served.',
    bad: '$ORIGIN example.com.\n@  SOA  ns1 hostmaster 2024010101 1h 15m 1w 1h\n@  SOA  ns1 hostmaster 2024020101 1h 15m 1w 1h',
    good: '$ORIGIN example.com.\n@  SOA  ns1 hostmaster 2024020101 1h 15m 1w 1h',
  },
  check(record, context) {
    const first = documentSoa(context);
    if (!first || first === record) return;
    context.report({
      range: record.typeRange,
      message: `This is a second SOA record (the first is at \`${first.owner}\`); a zone has exactly one SOA and name servers refuse to load it otherwise. Delete the extra SOA record.`,
      record,
    });
  },
});
