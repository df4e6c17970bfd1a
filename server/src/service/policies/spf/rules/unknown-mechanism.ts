/**
 * Rule: spf/unknown-mechanism. A term that is neither one of the eight mechanisms nor a modifier
 * (`name=value`): receivers return permerror for the whole record (RFC 7208 §4.6.1, §5).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { reportProblems, SPF_TYPES } from './problems';

export const unknownMechanism = defineRule({
  code: 'spf/unknown-mechanism',
  severity: 'error',
  scope: 'record',
  types: SPF_TYPES,
  reference: rfc(7208, '4.6.1'),
  docs: {
    what: 'A term of an SPF record that is not a mechanism (all, include, a, mx, ptr, ip4, ip6, exists) or a modifier (`name=value`).',
    why: 'An unknown mechanism makes the whole record a permerror: receivers treat the domain as having a broken SPF policy, and DMARC sees no SPF pass.',
    bad: '$ORIGIN example.com.\n@  TXT  "v=spf1 mx include: _spf.example.net -all"',
    good: '$ORIGIN example.com.\n@  TXT  "v=spf1 mx include:_spf.example.net -all"',
  },
  check(record, context) {
    reportProblems(record, context, 'unknown-term', 'Receivers return permerror for the whole record: correct the term or remove it.');
  },
});
