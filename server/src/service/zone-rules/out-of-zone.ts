/**
 * Rule: zone/out-of-zone. Records whose owner is not at or below the zone apex are ignored by
 * name servers (BIND: "ignoring out-of-zone data"; RFC 1034 §4.2.1). The apex is known only
 * when the file holds an SOA, so fragments without one are not checked. A record rule: the
 * apex is the owner of the file's first SOA, which in a zone file is its zone origin, so a
 * record at or below the origin is in the zone without a lookup, and one outside it looks the
 * origin up (`documentSoa`) to learn whether the file has an SOA there.
 */
import { defineRule, rfc } from '../rules/define-rule';
import { documentSoa, ownerOrTypeRange } from './record-index';
import { isInZone } from '../records/names';

export const outOfZone = defineRule({
  code: 'zone/out-of-zone',
  severity: 'warning',
  scope: 'record',
  reference: rfc(1034, '4.2.1'),
  docs: {
    what: 'A record whose name lies outside the zone (not at or below the SOA owner).',
    why:
      'A zone holds only names at or below its apex. Name servers drop other records when loading the zone (BIND logs "ignoring out-of-zone data"), so the record is never served. It is usually an absolute name with a typo, or a name written absolute where a relative one was meant.',
    bad: '$ORIGIN example.com.\n@                 SOA  ns1 hostmaster 2024010101 1h 15m 1w 1h\nwww.example.net.  A    192.0.2.10',
    good: '$ORIGIN example.com.\n@                 SOA  ns1 hostmaster 2024010101 1h 15m 1w 1h\nwww               A    192.0.2.10',
  },
  check(record, context) {
    const document = context.document;
    const owner = record.owner;
    // A zone file's origin is its first SOA's owner when it has an SOA: at or below it (or with
    // the root as origin) there is nothing to report, whether or not the file has an SOA.
    const origin = document.zoneOrigin;
    if (document.host === 'zone-file' && origin !== undefined && isInZone(owner, origin)) return;
    const soa = documentSoa(context);
    if (!soa) return;
    const apex = soa.owner;
    if (isInZone(owner, apex)) return;
    context.report({
      range: ownerOrTypeRange(record),
      message: `\`${owner}\` is outside the zone \`${apex}\`; name servers ignore out-of-zone data, so this record is never served. Fix the name (a relative name or one ending in \`${apex}\`), or move the record to the zone that holds it.`,
      record,
    });
  },
});
