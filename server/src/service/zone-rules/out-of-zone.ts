/**
 * Rule: zone/out-of-zone. Records whose owner is not at or below the zone apex are ignored by
 * name servers (BIND: "ignoring out-of-zone data"; RFC 1034 §4.2.1). The apex is known only
 * when the file holds an SOA, so fragments without one are not checked.
 */
import { defineRule, rfc } from '../rules/define-rule';
import { ownerOrTypeRange } from './record-index';

export const outOfZone = defineRule({
  code: 'zone/out-of-zone',
  severity: 'warning',
  scope: 'document',
  reference: rfc(1034, '4.2.1'),
  docs: {
    what: 'A record whose name lies outside the zone (not at or below the SOA owner).',
    why:
      'A zone holds only names at or below its apex. Name servers drop other records when loading the zone (BIND logs "ignoring out-of-zone data"), so the record is never served. It is usually an absolute name with a typo, or a name written absolute where a relative one was meant.',
    bad: '$ORIGIN example.com.\n@                 SOA  ns1 hostmaster 2024010101 1h 15m 1w 1h\nwww.example.net.  A    192.0.2.10',
    good: '$ORIGIN example.com.\n@                 SOA  ns1 hostmaster 2024010101 1h 15m 1w 1h\nwww               A    192.0.2.10',
  },
  check(document, context) {
    const soa = document.records.find((r) => r.type === 'SOA');
    if (!soa) return;
    const apex = soa.owner;
    if (apex === '.') return;
    // One pass after the SOA is found; the suffix test of `isInZone`, without a string per record.
    const suffix = `.${apex}`;
    for (const record of document.records) {
      const owner = record.owner;
      if (owner === apex || owner.endsWith(suffix)) continue;
      context.report({
        range: ownerOrTypeRange(record),
        message: `\`${owner}\` is outside the zone \`${apex}\`; name servers ignore out-of-zone data, so this record is never served. Fix the name (a relative name or one ending in \`${apex}\`), or move the record to the zone that holds it.`,
        record,
      });
    }
  },
});
