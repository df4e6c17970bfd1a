/**
 * Rule: zone/target-is-cname. MX exchanges and NS name server names must not be aliases
 * (RFC 2181 §10.3), nor SRV targets (RFC 2782). Looks for CNAME owners in this zone only (this
 * file and its included files), by looking the target up with `recordsAt`.
 */
import { defineRule, rfc } from '../rules/define-rule';
import { absoluteName } from '../records/names';
import { HOST_TARGET_FIELD } from './name-fields';

export const targetIsCname = defineRule({
  code: 'zone/target-is-cname',
  severity: 'warning',
  scope: 'record',
  types: Object.keys(HOST_TARGET_FIELD),
  reference: rfc(2181, '10.3'),
  docs: {
    what: 'An MX, NS or SRV record whose target is a name that holds a CNAME in this zone.',
    why:
      'RFC 2181 §10.3 forbids aliases as MX and NS targets (and RFC 2782 as SRV targets). Some mail servers refuse to deliver to such an MX, and resolvers do not follow a CNAME for a name server, so the delegation can break.',
    bad: '$ORIGIN example.com.\n@     MX     10 mail\nmail  CNAME  mx.provider.example.',
    good: '$ORIGIN example.com.\n@     MX     10 mx.provider.example.',
  },
  check(record, context) {
    const target = HOST_TARGET_FIELD[record.type];
    if (!target || record.generic) return;
    const token = record.rdata[target.index];
    if (!token || token.quoted || token.raw === '.') return;
    const name = absoluteName(token.raw, record.origin);
    // The first CNAME (with a target) at the name, this file's before included ones.
    let alias: string | undefined;
    for (const r of context.recordsAt(name)) {
      if (r.type !== 'CNAME' || r.generic) continue;
      const rdata = r.rdata;
      if (rdata.length === 0) continue;
      alias = rdata[0]!.raw;
      break;
    }
    if (alias === undefined) return;
    context.report({
      range: token.range,
      message: `The ${record.type} ${target.field} \`${name}\` is an alias (CNAME to \`${alias}\`); it must name a host with its own A/AAAA records. Write the canonical name \`${alias}\` here instead.`,
      record,
    });
  },
});
