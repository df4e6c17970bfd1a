/**
 * Rule: mta-sts/policy-mode. A `mode` value other than `enforce`, `testing` or `none`
 * (RFC 8461 §5; values are case-sensitive). Offers the value when only the case is wrong.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { fieldsNamed, policyOf } from '../policy-file/fields';

const MODES = ['enforce', 'testing', 'none'];

export const policyMode = defineRule({
  code: 'mta-sts/policy-mode',
  scope: 'document',
  severity: 'error',
  reference: rfc(8461, '5'),
  docs: {
    language: 'mta-sts-policy',
    what: 'A policy-file `mode` that is not `enforce`, `testing` or `none`.',
    why: 'Senders reject a policy with another mode (the values are case-sensitive), so the domain is not protected. (Policy file `mta-sts.txt`.)',
    bad: 'mode: Enforce',
    good: 'mode: enforce',
  },
  check(document, context) {
    const policy = policyOf(document);
    if (!policy) return;
    for (const field of fieldsNamed(policy, 'mode')) {
      if (field.value === '' || MODES.includes(field.value)) continue;
      const meant = MODES.find((m) => m === field.value.toLowerCase());
      context.report({
        range: field.valueRange,
        message: meant
          ? `The mode is written \`${field.value}\`; modes are case-sensitive (RFC 8461 §3.2). Write \`${meant}\`.`
          : `\`${field.value}\` is not a mode; write \`enforce\`, \`testing\` (deliver anyway and report) or \`none\` (withdraw the policy) (RFC 8461 §5).`,
        ...(meant ? { fixes: [{ title: `Change to \`${meant}\``, edits: [{ range: field.valueRange, newText: meant }], isPreferred: true }] } : {}),
      });
    }
  },
});
