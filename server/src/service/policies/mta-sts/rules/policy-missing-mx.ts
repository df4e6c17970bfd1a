/**
 * Rule: mta-sts/policy-missing-mx. A policy in mode `enforce` or `testing` without any `mx`
 * line (RFC 8461 §3.2: required at least once unless the mode is `none`).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { fieldsNamed, firstField, modeOf, policyOf } from '../policy-file/fields';

export const policyMissingMx = defineRule({
  code: 'mta-sts/policy-missing-mx',
  scope: 'document',
  severity: 'error',
  reference: rfc(8461, '3.2'),
  docs: {
    language: 'mta-sts-policy',
    what: 'A policy in mode `enforce` or `testing` without an `mx` line.',
    why: 'Senders reject such a policy (no MX host could ever match it). (Policy file `mta-sts.txt`.)',
    bad: 'version: STSv1\nmode: enforce\nmax_age: 604800',
    good: 'version: STSv1\nmode: enforce\nmx: mail.example.com\nmax_age: 604800',
  },
  check(document, context) {
    const policy = policyOf(document);
    if (!policy) return;
    const mode = modeOf(policy);
    if (mode === undefined || mode === 'none' || fieldsNamed(policy, 'mx').length > 0) return;
    context.report({
      range: firstField(policy, 'mode')!.valueRange,
      message: `A policy in mode \`${mode}\` needs at least one \`mx\` line naming the domain's MX hosts (RFC 8461 §3.2); senders reject it without. Add e.g. \`mx: mail.example.com\`, one line per MX host or \`*.\` pattern.`,
    });
  },
});
