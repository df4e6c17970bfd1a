/**
 * Rule: mta-sts/policy-short-max-age. An `enforce` policy cached for less than a day
 * (RFC 8461 §3.2: "weeks or greater"; §10.3 downgrade window). Offers one week.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { firstField, modeOf, policyOf } from '../policy-file/fields';
import { SHORT_MAX_AGE } from '../policy-file/keys';
import { formatTtl } from '../../../records/ttl';

export const policyShortMaxAge = defineRule({
  code: 'mta-sts/policy-short-max-age',
  scope: 'document',
  severity: 'information',
  reference: rfc(8461, '3.2'),
  docs: {
    language: 'mta-sts-policy',
    what: `An \`enforce\` policy whose \`max_age\` is under ${SHORT_MAX_AGE} seconds (one day).`,
    why: 'MTA-STS protects only while senders hold the policy in their cache; with a short lifetime an attacker who blocks the policy fetch downgrades delivery to plain text again. Weeks or more are recommended. (Policy file `mta-sts.txt`.)',
    bad: 'mode: enforce\nmax_age: 3600',
    good: 'mode: enforce\nmax_age: 604800',
  },
  check(document, context) {
    const policy = policyOf(document);
    if (!policy || modeOf(policy) !== 'enforce') return;
    const field = firstField(policy, 'max_age');
    if (!field || !/^[0-9]{1,10}$/.test(field.value)) return;
    const seconds = Number(field.value);
    if (seconds >= SHORT_MAX_AGE) return;
    context.report({
      range: field.valueRange,
      message: `This enforced policy is cached for only ${seconds} second${seconds === 1 ? '' : 's'}${seconds >= 60 ? ` (${formatTtl(seconds)})` : ''}; once it expires, an attacker who blocks the policy fetch can downgrade delivery again. Weeks or more are recommended (RFC 8461 §3.2): e.g. \`604800\` (one week).`,
      fixes: [{ title: 'Change to `604800` (one week)', edits: [{ range: field.valueRange, newText: '604800' }] }],
    });
  },
});
