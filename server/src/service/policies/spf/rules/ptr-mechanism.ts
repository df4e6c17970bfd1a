/**
 * Rule: spf/ptr-mechanism. The `ptr` mechanism SHOULD NOT be used (RFC 7208 §5.5): it is slow,
 * unreliable, loads the reverse zones, and some receivers skip it. Fix: remove it.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { removeTermEdits } from '../edits';
import { spfOf } from '../parse';
import { SPF_TYPES } from './problems';

export const ptrMechanism = defineRule({
  code: 'spf/ptr-mechanism',
  severity: 'warning',
  scope: 'record',
  types: SPF_TYPES,
  reference: rfc(7208, '5.5'),
  docs: {
    what: 'The `ptr` mechanism in an SPF record.',
    why: 'RFC 7208 says `ptr` SHOULD NOT be used: it needs several DNS lookups per message, depends on reverse DNS the domain often does not control, and large receivers may ignore it. Use `ip4:`, `ip6:`, `a` or `include:` instead.',
    bad: '$ORIGIN example.com.\n@  TXT  "v=spf1 ptr -all"',
    good: '$ORIGIN example.com.\n@  TXT  "v=spf1 ip4:192.0.2.0/24 -all"',
  },
  check(record, context) {
    const spf = spfOf(record);
    if (!spf) return;
    for (const t of spf.terms) {
      if (t.type !== 'mechanism' || t.name !== 'ptr') continue;
      const value = record.value!;
      const at = valueReporter(record, value, context);
      at.report(
        t.start,
        t.end,
        `\`${t.text}\`: RFC 7208 says \`ptr\` SHOULD NOT be used (slow, unreliable, and ignored by some receivers). Authorise the servers with \`ip4:\`, \`ip6:\`, \`a\` or \`include:\` instead, and remove it.`,
        [{ title: `Remove \`${t.text}\``, edits: removeTermEdits(record, value, t.start, t.end), isPreferred: true }],
      );
    }
  },
});
