/**
 * Rule: mta-sts/policy-unknown-key. A key RFC 8461 §3.2 does not define: senders ignore it. When
 * it is a misspelling of a defined key (`Mode`, `MX`, `max-age`), says so and offers the key.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { policyOf } from '../policy-file/fields';
import { intendedKey, keyInfo } from '../policy-file/keys';

export const policyUnknownKey = defineRule({
  code: 'mta-sts/policy-unknown-key',
  scope: 'document',
  severity: 'information',
  reference: rfc(8461, '3.2'),
  docs: {
    language: 'mta-sts-policy',
    what: 'A policy-file key other than `version`, `mode`, `mx` and `max_age`.',
    why: 'Senders ignore unknown keys. Keys are case-sensitive, so `Mode` or `max-age` is ignored too, and the policy then lacks the key that was meant. (Policy file `mta-sts.txt`.)',
    bad: 'max-age: 604800',
    good: 'max_age: 604800',
  },
  check(document, context) {
    const policy = policyOf(document);
    if (!policy) return;
    for (const field of policy.fields) {
      if (keyInfo(field.key)) continue;
      const meant = intendedKey(field.key);
      // Renaming to a key the policy already has would only make a duplicate.
      const rename = meant !== undefined && (meant === 'mx' || !policy.fields.some((f) => f.key === meant));
      context.report({
        range: field.keyRange,
        message: !meant
          ? `\`${field.key}\` is not a key of MTA-STS policies; senders ignore this line (RFC 8461 §3.2). The keys are \`version\`, \`mode\`, \`mx\` and \`max_age\`; remove it unless a later extension defines it.`
          : rename
            ? `\`${field.key}\` is not a key senders know; keys are case-sensitive and spelt exactly, so this line is ignored (RFC 8461 §3.2). Write \`${meant}\`.`
            : `\`${field.key}\` is not a key senders know (keys are case-sensitive), so this line is ignored; the policy already has a \`${meant}\` line (RFC 8461 §3.2). Remove this one.`,
        ...(meant
          ? {
              fixes: [
                rename
                  ? { title: `Change to \`${meant}\``, edits: [{ range: field.keyRange, newText: meant }], isPreferred: true }
                  : { title: 'Remove the line', edits: [{ range: field.fullRange, newText: '' }] },
              ],
            }
          : {}),
      });
    }
  },
});
