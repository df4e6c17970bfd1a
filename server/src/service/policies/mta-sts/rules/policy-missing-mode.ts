/** Rule: mta-sts/policy-missing-mode. A policy file without a `mode` line (RFC 8461 §3.2). */
import { defineRule, rfc } from '../../../rules/define-rule';
import { fieldsNamed, policyOf } from '../policy-file/fields';

export const policyMissingMode = defineRule({
  code: 'mta-sts/policy-missing-mode',
  scope: 'document',
  severity: 'error',
  reference: rfc(8461, '3.2'),
  docs: {
    language: 'mta-sts-policy',
    what: 'An MTA-STS policy file without a `mode` line.',
    why: '`mode` is required; senders reject a policy without it. (Policy file `mta-sts.txt`.)',
    bad: 'version: STSv1\nmx: mail.example.com\nmax_age: 604800',
    good: 'version: STSv1\nmode: testing\nmx: mail.example.com\nmax_age: 604800',
  },
  check(document, context) {
    const policy = policyOf(document);
    if (!policy || fieldsNamed(policy, 'mode').length > 0) return;
    context.report({
      range: policy.firstLine,
      message: 'This policy has no `mode` line, and senders reject it (RFC 8461 §3.2). Add `mode: testing` to start (failures are only reported), then `mode: enforce`.',
    });
  },
});
