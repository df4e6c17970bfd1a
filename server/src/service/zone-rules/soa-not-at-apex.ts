/**
 * Rule: zone/soa-not-at-apex. The SOA record's owner is the zone apex (RFC 1035 §5.2). The apex
 * is known only from a `$ORIGIN` line before the SOA; a file that starts with `$ORIGIN .` (as
 * BIND writes dumped zones) or has no `$ORIGIN` before its SOA is not checked. A record rule on
 * SOA records; it reads the document's directives, which an edit changes only through a fresh
 * parse (an edit that touches a directive is parsed anew), and that re-validates the whole file.
 */
import { defineRule, rfc } from '../rules/define-rule';

export const soaNotAtApex = defineRule({
  code: 'zone/soa-not-at-apex',
  severity: 'error',
  scope: 'record',
  types: ['SOA'],
  reference: rfc(1035, '5.2'),
  docs: {
    what: 'An SOA record whose owner is not the zone origin set by `$ORIGIN`.',
    why: 'The SOA marks the top of the zone. Written below the apex, name servers reject the zone ("SOA record not at top of zone").',
    bad: '$ORIGIN example.com.\nns1   SOA  ns1 hostmaster 2024010101 1h 15m 1w 1h',
    good: '$ORIGIN example.com.\n@     SOA  ns1 hostmaster 2024010101 1h 15m 1w 1h',
  },
  check(record, context) {
    // The origin in force at the SOA, when a `$ORIGIN` line before it set one.
    const apex = record.origin;
    if (apex === '.' || record.owner === apex) return;
    const start = record.range.start;
    const originBefore = context.document.directives.some((d) => d.range.start < start && d.name.replace(/^\$/, '').toUpperCase() === 'ORIGIN');
    if (!originBefore) return;
    context.report({
      range: record.ownerRange ?? record.typeRange,
      message: `The SOA record is at \`${record.owner}\`, but the zone origin is \`${apex}\`; the SOA must be at the apex. Write its owner as \`@\`.`,
      record,
    });
  },
});
