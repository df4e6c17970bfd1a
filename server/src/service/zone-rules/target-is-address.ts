/**
 * Rule: zone/target-is-address. MX exchanges, NS name server names and SRV targets are domain
 * names, never addresses (RFC 1035 §3.3.9, §3.3.11; RFC 2782; RFC 2181 §10.3).
 */
import { defineRule, rfc } from '../rules/define-rule';
import { isIPv4, isIPv6 } from '../records/names';
import { HOST_TARGET_FIELD } from './name-fields';

export const targetIsAddress = defineRule({
  code: 'zone/target-is-address',
  severity: 'warning',
  scope: 'record',
  types: ['MX', 'NS', 'SRV'],
  reference: rfc(2181, '10.3'),
  docs: {
    what: 'An MX, NS or SRV record whose target is written as an IP address instead of a host name.',
    why:
      'These fields hold a domain name that is looked up next. `192.0.2.25` is read as a name (`192.0.2.25.example.com.` when relative), which does not exist, so mail or delegation fails.',
    bad: '$ORIGIN example.com.\n@     MX     10 192.0.2.25',
    good: '$ORIGIN example.com.\n@     MX     10 mail.example.com.\nmail  A      192.0.2.25',
  },
  check(record, context) {
    if (record.generic) return;
    const target = HOST_TARGET_FIELD[record.type];
    if (!target) return;
    const token = record.rdata[target.index];
    if (!token || token.quoted) return;
    const text = token.raw.endsWith('.') ? token.raw.slice(0, -1) : token.raw;
    const v4 = isIPv4(text);
    if (!v4 && !isIPv6(text)) return;
    context.report({
      range: token.range,
      message: `The ${record.type} ${target.field} \`${token.raw}\` is an IP address, but this field must be a host name; it is looked up as a name and does not resolve. Give the host a name with an ${v4 ? 'A' : 'AAAA'} record and write that name here.`,
      record,
    });
  },
});
