/**
 * Rule: mta-sts/policy-missing-version. A policy file without a `version: STSv1` line
 * (RFC 8461 §3.2). Offers to add the line at the top.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { fieldsNamed, policyOf } from '../policy-file/fields';

export const policyMissingVersion = defineRule({
  code: 'mta-sts/policy-missing-version',
  scope: 'document',
  severity: 'error',
  reference: rfc(8461, '3.2'),
  docs: {
    language: 'mta-sts-policy',
    what: 'An MTA-STS policy file without a `version` line.',
    why: '`version: STSv1` is required; senders reject a policy without it, so the domain has no MTA-STS protection. (Policy file `mta-sts.txt`.)',
    bad: 'mode: enforce\nmx: mail.example.com\nmax_age: 604800',
    good: 'version: STSv1\nmode: enforce\nmx: mail.example.com\nmax_age: 604800',
  },
  check(document, context) {
    const policy = policyOf(document);
    if (!policy || fieldsNamed(policy, 'version').length > 0) return;
    context.report({
      range: policy.firstLine,
      message: 'This policy has no `version` line; senders reject a policy without `version: STSv1` (RFC 8461 §3.2). Add it as the first line.',
      fixes: [{ title: 'Add `version: STSv1`', edits: [{ range: { start: policy.firstLine.start, end: policy.firstLine.start }, newText: `version: STSv1${policy.eol}` }], isPreferred: true }],
    });
  },
});
