/**
 * Rule: zone/cname-and-other-data. A CNAME must be the only data at its name (RFC 1034 §3.6.2,
 * RFC 2181 §10.1); only the DNSSEC records that sign or deny it may sit beside it (RRSIG and
 * NSEC, RFC 4035 §2.5; the older SIG, NXT and KEY, RFC 2181 §10.1). An owner rule: it looks at
 * the records of one name at a time.
 */
import { defineRule, rfc } from '../rules/define-rule';
import type { RecordSite } from '../model';

/** Types allowed beside a CNAME. */
const ALLOWED_BESIDE_CNAME: ReadonlySet<string> = new Set(['CNAME', 'RRSIG', 'NSEC', 'SIG', 'NXT', 'KEY']);

export const cnameAndOtherData = defineRule({
  code: 'zone/cname-and-other-data',
  severity: 'error',
  scope: 'owner',
  reference: rfc(1034, '3.6.2'),
  docs: {
    what: 'A CNAME record that shares its name with other records, or a name with more than one CNAME.',
    why:
      'A CNAME says "this name is an alias, look over there for everything". Resolvers follow the alias and never see the other records, and name servers refuse to load the zone or answer inconsistently. MX, TXT (SPF, DMARC) and NS records must therefore never sit at the same name as a CNAME.',
    bad: '$ORIGIN example.com.\nwww   CNAME  web.example.net.\nwww   TXT    "v=spf1 -all"',
    good: '$ORIGIN example.com.\nwww   CNAME  web.example.net.\n; the TXT record belongs at web.example.net.',
  },
  check(group, context) {
    const uri = context.document.uri;
    // The classes that hold a CNAME of this document, in order: only those can be reported.
    const classes: string[] = [];
    for (const r of group) if (r.type === 'CNAME' && r.uri === uri && !classes.includes(r.rrClass)) classes.push(r.rrClass);
    for (const rrClass of classes) {
      const cnames: RecordSite[] = [];
      const others = new Set<string>();
      for (const r of group) {
        if (r.rrClass !== rrClass) continue;
        if (r.type === 'CNAME') cnames.push(r);
        else if (!ALLOWED_BESIDE_CNAME.has(r.type)) others.add(r.type);
      }
      if (others.size === 0 && cnames.length < 2) continue;
      const otherList = [...others].join(', ');
      for (const cname of cnames) {
        const message =
          others.size > 0
            ? `\`${cname.owner}\` has a CNAME and also ${otherList} data; a CNAME must be the only data at its name, so resolvers never see the ${otherList} records. Move them to the canonical name (or another name), or replace the CNAME with the records it points to.`
            : `\`${cname.owner}\` has ${cnames.length} CNAME records; a name can be an alias for only one canonical name (RFC 2181 §10.1). Keep one of them.`;
        context.report({ range: cname.typeRange, message, record: cname });
      }
    }
  },
});
