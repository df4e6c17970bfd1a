/**
 * Rule: mta-sts/policy-max-age. A `max_age` that is not 1–10 digits or is above 31557600
 * (RFC 8461 §3.2). Offers 31557600 for a larger number.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { fieldsNamed, policyOf } from '../policy-file/fields';
import { MAX_AGE_LIMIT } from '../policy-file/keys';

export const policyMaxAge = defineRule({
  code: 'mta-sts/policy-max-age',
  scope: 'document',
  severity: 'error',
  reference: rfc(8461, '3.2'),
  docs: {
    language: 'mta-sts-policy',
    what: `A policy-file \`max_age\` that is not a whole number of seconds from 0 to ${MAX_AGE_LIMIT} (one year).`,
    why: 'Senders reject a policy whose `max_age` they cannot read (a sign, a decimal point, a unit) or that is above the limit. (Policy file `mta-sts.txt`.)',
    bad: 'max_age: 1w',
    good: 'max_age: 604800',
  },
  check(document, context) {
    const policy = policyOf(document);
    if (!policy) return;
    for (const field of fieldsNamed(policy, 'max_age')) {
      const v = field.value;
      if (v === '') continue;
      if (!/^[0-9]{1,10}$/.test(v)) {
        context.report({
          range: field.valueRange,
          message: /^[0-9]+$/.test(v)
            ? `\`max_age\` has ${v.length} digits, more than the 10 allowed, and is above ${MAX_AGE_LIMIT} (one year) (RFC 8461 §3.2). Write at most \`${MAX_AGE_LIMIT}\`.`
            : `\`max_age\` must be a whole number of seconds (digits only, no sign, decimals or units), not \`${v}\` (RFC 8461 §3.2). Write e.g. \`604800\` for one week.`,
          ...(/^[0-9]+$/.test(v) ? { fixes: [{ title: `Change to \`${MAX_AGE_LIMIT}\``, edits: [{ range: field.valueRange, newText: String(MAX_AGE_LIMIT) }] }] } : {}),
        });
        continue;
      }
      if (Number(v) > MAX_AGE_LIMIT) {
        context.report({
          range: field.valueRange,
          message: `\`max_age\` ${v} is above the largest value, ${MAX_AGE_LIMIT} seconds (one year) (RFC 8461 §3.2). Write \`${MAX_AGE_LIMIT}\` or less.`,
          fixes: [{ title: `Change to \`${MAX_AGE_LIMIT}\``, edits: [{ range: field.valueRange, newText: String(MAX_AGE_LIMIT) }], isPreferred: true }],
        });
      }
    }
  },
});
