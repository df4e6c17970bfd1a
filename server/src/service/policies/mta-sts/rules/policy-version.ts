/**
 * Rule: mta-sts/policy-version. A `version` value other than `STSv1` (RFC 8461 §3.2; the value
 * is case-sensitive). Offers `STSv1` when only the case is wrong.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { fieldsNamed, policyOf } from '../policy-file/fields';

export const policyVersion = defineRule({
  code: 'mta-sts/policy-version',
  scope: 'document',
  severity: 'error',
  reference: rfc(8461, '3.2'),
  docs: {
    language: 'mta-sts-policy',
    what: 'A policy-file `version` that is not exactly `STSv1`.',
    why: 'Only `STSv1` is defined, and it is case-sensitive; senders reject any other version, so the policy is not applied. (Policy file `mta-sts.txt`.)',
    bad: 'version: stsv1',
    good: 'version: STSv1',
  },
  check(document, context) {
    const policy = policyOf(document);
    if (!policy) return;
    for (const field of fieldsNamed(policy, 'version')) {
      if (field.value === 'STSv1' || field.value === '') continue;
      const caseOnly = field.value.toLowerCase() === 'stsv1';
      context.report({
        range: field.valueRange,
        message: caseOnly
          ? `The version is written \`${field.value}\`; it is case-sensitive and must be \`STSv1\` (RFC 8461 §3.2). Write \`STSv1\`.`
          : `\`${field.value}\` is not an MTA-STS version; the only version is \`STSv1\` and senders reject others (RFC 8461 §3.2). Write \`version: STSv1\`.`,
        ...(caseOnly ? { fixes: [{ title: 'Change to `STSv1`', edits: [{ range: field.valueRange, newText: 'STSv1' }], isPreferred: true }] } : {}),
      });
    }
  },
});
