/**
 * Rule: spf/duplicate-modifier. `redirect=` or `exp=` more than once: permerror (RFC 7208 §6).
 * Reported on each repeat; the fix removes the repeat (keeping the first).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { removeTermEdits } from '../edits';
import { shapeOf, spfOf } from '../parse';
import { SPF_TYPES } from './problems';

export const duplicateModifier = defineRule({
  code: 'spf/duplicate-modifier',
  severity: 'error',
  scope: 'record',
  types: SPF_TYPES,
  reference: rfc(7208, '6'),
  docs: {
    what: 'A `redirect=` or `exp=` modifier that appears more than once in an SPF record.',
    why: 'Each of these modifiers may appear at most once; a second one makes the whole record a permerror.',
    bad: '$ORIGIN example.com.\n@  TXT  "v=spf1 redirect=_spf.example.com redirect=_spf2.example.com"',
    good: '$ORIGIN example.com.\n@  TXT  "v=spf1 redirect=_spf.example.com"',
  },
  check(record, context) {
    const spf = spfOf(record);
    if (!spf) return;
    const shape = shapeOf(spf);
    for (const list of [shape.redirects, shape.exps]) {
      if (list.length < 2) continue;
      const value = record.value!;
      const at = valueReporter(record, value, context);
      const first = list[0]!;
      for (const m of list.slice(1)) {
        at.report(
          m.start,
          m.end,
          `\`${m.name}=\` appears more than once (first: \`${first.text}\`), which makes the whole record a permerror: keep one.`,
          [{ title: `Remove this \`${m.name}=\``, edits: removeTermEdits(record, value, m.start, m.end), isPreferred: true }],
        );
      }
    }
  },
});
