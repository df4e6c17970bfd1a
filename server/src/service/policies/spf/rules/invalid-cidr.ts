/**
 * Rule: spf/invalid-cidr. A prefix length out of range (IPv4 0–32, IPv6 0–128), with leading
 * zeros, or not a number (RFC 7208 §5.6, §12 ip4-cidr-length / ip6-cidr-length): permerror.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { reportProblems, SPF_TYPES } from './problems';

export const invalidCidr = defineRule({
  code: 'spf/invalid-cidr',
  severity: 'error',
  scope: 'record',
  types: SPF_TYPES,
  reference: rfc(7208, '5.6'),
  docs: {
    what: 'A prefix length in `ip4`, `ip6`, `a` or `mx` that is out of range, has leading zeros or is not a number.',
    why: 'Receivers return permerror for the whole record when a prefix length does not parse.',
    bad: '$ORIGIN example.com.\n@  TXT  "v=spf1 ip4:192.0.2.0/33 a//129 -all"',
    good: '$ORIGIN example.com.\n@  TXT  "v=spf1 ip4:192.0.2.0/24 a//64 -all"',
  },
  check(record, context) {
    reportProblems(record, context, 'bad-cidr', 'Receivers return permerror for the whole record: use `/0`–`/32` for IPv4 and `/0`–`/128` (`//` after a/mx) for IPv6.');
  },
});
