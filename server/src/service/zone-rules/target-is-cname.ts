/**
 * Rule: zone/target-is-cname. MX exchanges and NS name server names must not be aliases
 * (RFC 2181 §10.3), nor SRV targets (RFC 2782). Looks for CNAME owners in this zone only.
 */
import type { RecordSite } from '../model';
import { defineRule, rfc } from '../rules/define-rule';
import { absoluteName } from '../records/names';
import { HOST_TARGET_FIELD } from './name-fields';

export const targetIsCname = defineRule({
  code: 'zone/target-is-cname',
  severity: 'warning',
  scope: 'document',
  reference: rfc(2181, '10.3'),
  docs: {
    what: 'An MX, NS or SRV record whose target is a name that holds a CNAME in this zone.',
    why:
      'RFC 2181 §10.3 forbids aliases as MX and NS targets (and RFC 2782 as SRV targets). Some mail servers refuse to deliver to such an MX, and resolvers do not follow a CNAME for a name server, so the delegation can break.',
    bad: '$ORIGIN example.com.\n@     MX     10 mail\nmail  CNAME  mx.provider.example.',
    good: '$ORIGIN example.com.\n@     MX     10 mx.provider.example.',
  },
  check(document, context) {
    // The aliases of the zone by owner: far fewer than the records, so a Map is cheap here.
    const aliases = new Map<string, RecordSite>();
    for (const r of context.allRecords) {
      if (r.type === 'CNAME' && !r.generic && !aliases.has(r.owner) && r.rdata.length > 0) aliases.set(r.owner, r);
    }
    if (aliases.size === 0) return;
    for (const record of document.records) {
      const target = HOST_TARGET_FIELD[record.type];
      if (!target || record.generic) continue;
      const token = record.rdata[target.index];
      if (!token || token.quoted || token.raw === '.') continue;
      const name = absoluteName(token.raw, record.origin);
      const cname = aliases.get(name);
      if (!cname) continue;
      const alias = cname.rdata[0]!.raw;
      context.report({
        range: token.range,
        message: `The ${record.type} ${target.field} \`${name}\` is an alias (CNAME to \`${alias}\`); it must name a host with its own A/AAAA records. Write the canonical name \`${alias}\` here instead.`,
        record,
      });
    }
  },
});
