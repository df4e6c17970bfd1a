/**
 * Rule: zone/multiple-soa. A zone has exactly one SOA record, at its apex (RFC 1035 §5.2).
 * Reports every SOA after the first (this file's or an included one's).
 */
import { defineRule, rfc } from '../rules/define-rule';

export const multipleSoa = defineRule({
  code: 'zone/multiple-soa',
  severity: 'error',
  scope: 'document',
  reference: rfc(1035, '5.2'),
  docs: {
    what: 'More than one SOA record in a zone.',
    why: 'A zone has exactly one SOA record. Name servers refuse to load a zone with several ("multiple RRs of singleton type"), so none of its records are served.',
    bad: '$ORIGIN example.com.\n@  SOA  ns1 hostmaster 2024010101 1h 15m 1w 1h\n@  SOA  ns1 hostmaster 2024020101 1h 15m 1w 1h',
    good: '$ORIGIN example.com.\n@  SOA  ns1 hostmaster 2024020101 1h 15m 1w 1h',
  },
  check(document, context) {
    let first: string | undefined;
    for (const record of context.allRecords) {
      if (record.type !== 'SOA') continue;
      if (first === undefined) {
        first = record.owner;
        continue;
      }
      if (record.uri !== document.uri) continue;
      context.report({
        range: record.typeRange,
        message: `This is a second SOA record (the first is at \`${first}\`); a zone has exactly one SOA and name servers refuse to load it otherwise. Delete the extra SOA record.`,
        record,
      });
    }
  },
});
