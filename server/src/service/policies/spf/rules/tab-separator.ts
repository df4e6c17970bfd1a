/**
 * Rule: spf/tab-separator. Terms separated by a tab: RFC 7208 §4.6.1 allows only spaces (SP)
 * between terms; strict receivers return permerror. Fix: replace the tab with a space.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { spfOf } from '../parse';
import { SPF_TYPES } from './problems';

export const tabSeparator = defineRule({
  code: 'spf/tab-separator',
  severity: 'warning',
  scope: 'record',
  types: SPF_TYPES,
  reference: rfc(7208, '4.6.1'),
  docs: {
    what: 'A tab between the terms of an SPF record.',
    why: 'The SPF grammar separates terms with spaces only; some receivers accept a tab, strict ones return permerror.',
    bad: '$ORIGIN example.com.\n@  TXT  "v=spf1\\009mx -all"',
    good: '$ORIGIN example.com.\n@  TXT  "v=spf1 mx -all"',
  },
  check(record, context) {
    const spf = spfOf(record);
    if (!spf || spf.problems.length === 0) return;
    const at = valueReporter(record, record.value!, context);
    for (const p of spf.problems) {
      if (p.kind !== 'tab') continue;
      at.report(p.start, p.end, `${p.message} Strict receivers return permerror: use a space.`, [at.replace('Replace the tab with a space', p.start, p.end, ' ')]);
    }
  },
});
