/**
 * Rule: spf/invalid-domain-spec. A domain-spec (after include:, exists:, a:, mx:, ptr:, redirect=,
 * exp=) that is empty, has a single label, or whose top label is all digits or otherwise invalid
 * (RFC 7208 §7.1 domain-end / toplabel): permerror. `include:192.0.2.1` is the common case.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { reportProblems, SPF_TYPES } from './problems';

export const invalidDomainSpec = defineRule({
  code: 'spf/invalid-domain-spec',
  severity: 'error',
  scope: 'record',
  types: SPF_TYPES,
  reference: rfc(7208, '7.1'),
  docs: {
    what: 'A domain-spec that is empty, is a single label, or ends in a label that is all digits or otherwise not a top label (`include:192.0.2.1`).',
    why: 'RFC 7208 requires a domain-spec to end in a macro or in a dot and a top label that is not all digits; receivers return permerror otherwise. Addresses belong in `ip4:`/`ip6:`.',
    bad: '$ORIGIN example.com.\n@  TXT  "v=spf1 include:192.0.2.1 mx: -all"',
    good: '$ORIGIN example.com.\n@  TXT  "v=spf1 ip4:192.0.2.1 mx -all"',
  },
  check(record, context) {
    reportProblems(record, context, 'bad-domain', 'Receivers return permerror for the whole record: write a fully qualified domain name (an address goes in `ip4:` or `ip6:`).');
  },
});
