/**
 * Rule: spf/duplicate-term. The same mechanism written twice (compared without case): the
 * repeat adds nothing, and a repeated include, a, mx, ptr or exists costs another of the ten
 * DNS lookups (RFC 7208 §4.6.4). Fix: remove the repeat.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { removeTermEdits } from '../edits';
import { spfOf } from '../parse';
import { SPF_TYPES } from './problems';

export const duplicateTerm = defineRule({
  code: 'spf/duplicate-term',
  severity: 'information',
  scope: 'record',
  types: SPF_TYPES,
  reference: rfc(7208, '4.6.4'),
  docs: {
    what: 'A mechanism that appears twice in the same SPF record.',
    why: 'The second one never changes the result, and for include, a, mx, ptr and exists it spends another of the ten DNS lookups a record may use.',
    bad: '$ORIGIN example.com.\n@  TXT  "v=spf1 mx include:_spf.example.net mx -all"',
    good: '$ORIGIN example.com.\n@  TXT  "v=spf1 mx include:_spf.example.net -all"',
  },
  check(record, context) {
    const spf = spfOf(record);
    if (!spf || spf.terms.length < 2) return;
    const seen = new Map<string, string>();
    for (const t of spf.terms) {
      if (t.type !== 'mechanism' || t.broken) continue;
      // The `+` qualifier is the default: `+mx` and `mx` are the same term.
      const key = (t.qualifier === '+' ? t.text.slice(1) : t.text).toLowerCase();
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, t.text);
        continue;
      }
      const value = record.value!;
      const at = valueReporter(record, value, context);
      at.report(t.start, t.end, `\`${t.text}\` repeats \`${first}\` and adds nothing${['include', 'a', 'mx', 'ptr', 'exists'].includes(t.name) ? ' but another DNS lookup' : ''}: remove it.`, [
        { title: `Remove the repeated \`${t.text}\``, edits: removeTermEdits(record, value, t.start, t.end), isPreferred: true },
      ]);
    }
  },
});
