/**
 * Rule: mta-sts/policy-duplicate-key. A key other than `mx` written more than once
 * (RFC 8461 §3.2 defines `version`, `mode` and `max_age` once each). Offers to remove an exact
 * repeat (same value).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import type { PolicyField } from '../policy-file/parse';
import { policyOf } from '../policy-file/fields';

export const policyDuplicateKey = defineRule({
  code: 'mta-sts/policy-duplicate-key',
  scope: 'document',
  severity: 'error',
  reference: rfc(8461, '3.2'),
  docs: {
    language: 'mta-sts-policy',
    what: 'A policy-file key other than `mx` that appears more than once.',
    why: 'Senders disagree on which value wins (the first, the last, or neither: some reject the policy), so the policy means different things to different senders. Keep one line. (Policy file `mta-sts.txt`.)',
    bad: 'mode: testing\nmode: enforce',
    good: 'mode: enforce',
  },
  check(document, context) {
    const policy = policyOf(document);
    if (!policy) return;
    const seen = new Map<string, PolicyField>();
    for (const field of policy.fields) {
      if (field.key === 'mx') continue;
      const first = seen.get(field.key);
      if (!first) {
        seen.set(field.key, field);
        continue;
      }
      const same = first.value === field.value;
      context.report({
        range: field.keyRange,
        message: same
          ? `\`${field.key}\` is repeated with the same value; keys other than \`mx\` appear once (RFC 8461 §3.2), and a strict sender rejects the policy. Remove this line.`
          : `\`${field.key}\` appears again with \`${field.value}\` after \`${first.value}\`; senders disagree on which one wins, and some reject the policy (RFC 8461 §3.2). Keep one \`${field.key}\` line.`,
        ...(same ? { fixes: [{ title: 'Remove the repeated line', edits: [{ range: field.fullRange, newText: '' }], isPreferred: true }] } : {}),
      });
    }
  },
});
