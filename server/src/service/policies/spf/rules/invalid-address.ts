/**
 * Rule: spf/invalid-address. An `ip4:` or `ip6:` mechanism whose address is missing or malformed
 * (RFC 7208 §5.6: dotted quad without leading zeros; RFC 4291 §2.2 text form): permerror.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { reportProblems, SPF_TYPES } from './problems';

export const invalidAddress = defineRule({
  code: 'spf/invalid-address',
  severity: 'error',
  scope: 'record',
  types: SPF_TYPES,
  reference: rfc(7208, '5.6'),
  docs: {
    what: 'An `ip4:` or `ip6:` mechanism with a missing or malformed address, or an address of the other family.',
    why: 'Receivers return permerror for the whole record when an address does not parse, so no sender passes SPF.',
    bad: '$ORIGIN example.com.\n@  TXT  "v=spf1 ip4:192.0.2.300 ip6:192.0.2.1 -all"',
    good: '$ORIGIN example.com.\n@  TXT  "v=spf1 ip4:192.0.2.30 ip4:192.0.2.1 -all"',
  },
  check(record, context) {
    reportProblems(record, context, 'bad-address', 'Receivers return permerror for the whole record: write a valid address.');
  },
});
