/**
 * Rule: mta-sts/policy-mx-pattern. An `mx` value that is not `["*."] Domain` (RFC 8461 §3.2):
 * a wildcard other than the whole leftmost label, characters outside host names, an address.
 * Offers to remove a trailing root dot.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { fieldsNamed, policyOf } from '../policy-file/fields';
import { checkMxPattern } from '../policy-file/mx-pattern';

export const policyMxPattern = defineRule({
  code: 'mta-sts/policy-mx-pattern',
  scope: 'document',
  severity: 'error',
  reference: rfc(8461, '4.1'),
  docs: {
    language: 'mta-sts-policy',
    what: 'A policy-file `mx` pattern that is not a host name or `*.` followed by a domain.',
    why: 'A wildcard stands only for one whole leftmost label; `mx*.example.com`, `*example.com` or an address never match an MX host, so with `enforce` mail to that host is refused. (Policy file `mta-sts.txt`.)',
    bad: 'mx: mx*.example.com',
    good: 'mx: *.example.com',
  },
  check(document, context) {
    const policy = policyOf(document);
    if (!policy) return;
    for (const field of fieldsNamed(policy, 'mx')) {
      if (field.value === '') continue;
      const problem = checkMxPattern(field.value);
      if (!problem) continue;
      const base = field.valueRange.start;
      context.report({
        range: { start: base + problem.start, end: base + problem.end },
        message: problem.message,
        ...(problem.replacement !== undefined
          ? { fixes: [{ title: `Change to \`${problem.replacement}\``, edits: [{ range: field.valueRange, newText: problem.replacement }], isPreferred: true }] }
          : {}),
      });
    }
  },
});
