/** Rule: mta-sts/policy-missing-max-age. A policy file without a `max_age` line (RFC 8461 §3.2). */
import { defineRule, rfc } from '../../../rules/define-rule';
import { fieldsNamed, policyOf } from '../policy-file/fields';

export const policyMissingMaxAge = defineRule({
  code: 'mta-sts/policy-missing-max-age',
  scope: 'document',
  severity: 'error',
  reference: rfc(8461, '3.2'),
  docs: {
    language: 'mta-sts-policy',
    what: 'An MTA-STS policy file without a `max_age` line.',
    why: '`max_age` (how long senders cache the policy) is required; senders reject a policy without it. (Policy file `mta-sts.txt`.)',
    bad: 'version: STSv1\nmode: testing\nmx: mail.example.com',
    good: 'version: STSv1\nmode: testing\nmx: mail.example.com\nmax_age: 604800',
  },
  check(document, context) {
    const policy = policyOf(document);
    if (!policy || fieldsNamed(policy, 'max_age').length > 0) return;
    context.report({
      range: policy.firstLine,
      message: 'This policy has no `max_age` line, and senders reject it (RFC 8461 §3.2). Add e.g. `max_age: 604800` (one week; weeks or more are recommended).',
    });
  },
});
