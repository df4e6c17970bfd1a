/**
 * Rule: zone/ttl-mismatch. All records of one RRset (same owner, class and type) must have the
 * same TTL (RFC 2181 §5.2). Signatures (RRSIG) carry their own TTLs and are exempt. An owner
 * rule: the first record of each RRset at a name sets the TTL the others are compared with.
 */
import { defineRule, rfc } from '../rules/define-rule';
import type { RecordSite } from '../model';

export const ttlMismatch = defineRule({
  code: 'zone/ttl-mismatch',
  severity: 'warning',
  scope: 'owner',
  reference: rfc(2181, '5.2'),
  docs: {
    what: 'Records of one RRset (same name, class and type) with different TTLs.',
    why:
      'An RRset has one TTL. Name servers either reject the difference or silently use one value (BIND: "TTL set to prior TTL"), and resolvers treat all records as having the lowest TTL, so the written TTLs do not mean what they say.',
    bad: '$ORIGIN example.com.\n@  3600  MX  10 mx1.example.com.\n@  300   MX  20 mx2.example.com.',
    good: '$ORIGIN example.com.\n@  3600  MX  10 mx1.example.com.\n@  3600  MX  20 mx2.example.com.',
  },
  check(group, context) {
    const uri = context.document.uri;
    const first = new Map<string, RecordSite>();
    for (const record of group) {
      if (record.type === 'RRSIG' || record.ttl === undefined) continue;
      const key = `${record.rrClass} ${record.type}`;
      const head = first.get(key);
      if (!head) {
        first.set(key, record);
        continue;
      }
      if (head.ttl === record.ttl || record.uri !== uri) continue;
      context.report({
        range: record.ttlRange ?? record.typeRange,
        message: `This ${record.type} record at \`${record.owner}\` has TTL ${record.ttl}, but the first record of the same RRset has TTL ${head.ttl}; all records of an RRset must have one TTL. Use ${head.ttl} here (or change them all).`,
        record,
      });
    }
  },
});
