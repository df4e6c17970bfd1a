/**
 * Rule: zone/cname-at-apex. The zone apex always holds SOA and NS records, so it can never be
 * an alias (RFC 1034 §3.6.2). The apex is the owner of the zone's first SOA (this file's, else
 * an included file's) when there is one, else the zone origin. A document rule that reads no
 * list: it finds the SOA with `zoneSoa` and the CNAME records at the apex with `recordsAt`.
 */
import { defineRule, rfc } from '../rules/define-rule';
import { zoneSoa } from './record-index';

export const cnameAtApex = defineRule({
  code: 'zone/cname-at-apex',
  severity: 'error',
  scope: 'document',
  reference: rfc(1034, '3.6.2'),
  docs: {
    what: 'A CNAME record at the zone apex (the origin, `@`).',
    why:
      'The apex must hold the SOA and NS records, and a CNAME may not share its name with any other data. Name servers refuse such a zone or answer wrongly, and mail to the domain (MX, SPF, DMARC lookups at the apex) breaks.',
    bad: '$ORIGIN example.com.\n@     CNAME  example.net.',
    good: '$ORIGIN example.com.\n@     A      192.0.2.10\nwww   CNAME  example.net.',
  },
  check(document, context) {
    const apex = zoneSoa(context)?.owner ?? document.zoneOrigin;
    if (!apex || apex === '.') return;
    // In document order, like this document's records; included files' records are not reported.
    for (const record of context.recordsAt(apex)) {
      if (record.type !== 'CNAME' || record.uri !== document.uri) continue;
      context.report({
        range: record.typeRange,
        message: `A CNAME at the zone apex \`${apex}\` is not allowed: the apex holds the SOA and NS records, and a CNAME must be alone at its name. Publish A/AAAA records here instead (or your provider's ALIAS/ANAME feature).`,
        record,
      });
    }
  },
});
