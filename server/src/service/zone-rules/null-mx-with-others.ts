/**
 * Rule: zone/null-mx-with-others. A null MX (`0 .`, RFC 7505) says the domain accepts no mail;
 * a domain that publishes one must publish no other MX record (RFC 7505 §3). An owner rule:
 * it looks at the MX records of one name.
 */
import { defineRule, rfc } from '../rules/define-rule';

export const nullMxWithOthers = defineRule({
  code: 'zone/null-mx-with-others',
  severity: 'error',
  scope: 'owner',
  reference: rfc(7505, '3'),
  docs: {
    what: 'A null MX record (`MX 0 .`) beside other MX records at the same name.',
    why:
      'A null MX declares that the domain receives no mail at all. Mixed with ordinary MX records the intent is contradictory: RFC 7505 forbids it and senders behave differently (some bounce, some deliver).',
    bad: '$ORIGIN example.com.\n@     MX     0 .\n@     MX     10 mail.example.com.',
    good: '$ORIGIN example.com.\n@     MX     0 .\n; no other MX records for a domain that receives no mail',
  },
  check(group, context) {
    const uri = context.document.uri;
    // Per class: how many MX records of the name are not null MX (counted when first needed).
    let othersByClass: Map<string, number> | undefined;
    for (const record of group) {
      if (record.type !== 'MX' || record.generic || record.uri !== uri) continue;
      const exchange = record.rdata[1];
      if (!exchange || exchange.raw !== '.') continue;
      if (!othersByClass) {
        othersByClass = new Map();
        for (const r of group) {
          // RFC 3597 `\#` data is not read (as above): it counts neither way.
          if (r.type !== 'MX' || r.generic) continue;
          const target = r.rdata[1];
          if (target && target.raw !== '.') othersByClass.set(r.rrClass, (othersByClass.get(r.rrClass) ?? 0) + 1);
        }
      }
      const others = othersByClass.get(record.rrClass) ?? 0;
      if (others === 0) continue;
      context.report({
        range: exchange.range,
        message: `\`${record.owner}\` has a null MX (\`0 .\`, "accepts no mail") and ${others} other MX record${others === 1 ? '' : 's'}; a null MX must be the only MX. Remove the null MX if the domain receives mail, or remove the other MX records if it does not.`,
        record,
      });
    }
  },
});
