/**
 * Rules reported by the MTA-STS policy-file parser. They have no check of their own; they are
 * here so that each code has its severity, reference and documentation, and can be configured.
 */
import { defineRule, rfc, type ParserRule } from '../../rules/define-rule';
import { POLICY_CODES } from '../../policies/mta-sts/policy-file/parse';

export const mtaStsPolicyParserRules: readonly ParserRule[] = [
  defineRule({
    code: POLICY_CODES.syntax,
    scope: 'parser',
    severity: 'error',
    reference: rfc(8461, '3.2'),
    docs: {
      language: 'mta-sts-policy',
      what: 'A policy-file line that is not `key: value`: no colon, no key or no value, a key with characters outside letters, digits, `_ - .`, whitespace before the key or the colon, or a control character.',
      why: 'Senders parse the policy strictly; a line they cannot read can make them reject the whole policy, and then the domain has no MTA-STS protection. (Policy file syntax.)',
      bad: 'version: STSv1\nmode : enforce',
      good: 'version: STSv1\nmode: enforce',
    },
  }),
  defineRule({
    code: POLICY_CODES.blankLine,
    scope: 'parser',
    severity: 'warning',
    reference: rfc(8461, '3.2'),
    docs: {
      language: 'mta-sts-policy',
      what: 'An empty line in a policy file (including a second newline at the end).',
      why: 'The policy grammar has no empty lines. Many senders skip them, but a strict one rejects the policy. (Policy file syntax.)',
      bad: 'version: STSv1\n\nmode: testing',
      good: 'version: STSv1\nmode: testing',
    },
  }),
];
