/**
 * Rule: spf/include-loop. An include or redirect that leads back to a record already being
 * evaluated (`include:` of the record's own name, or a chain through other records in the open
 * zones): evaluation never ends until the lookup limit, so receivers return permerror
 * (RFC 7208 §4.6.4, §5.2).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { countLookups, ruleScope } from '../lookups';
import { spfOf } from '../parse';
import { SPF_TYPES } from './problems';

export const includeLoop = defineRule({
  code: 'spf/include-loop',
  severity: 'error',
  scope: 'record',
  types: SPF_TYPES,
  reference: rfc(7208, '4.6.4'),
  docs: {
    what: 'An `include:` or `redirect=` that leads back to a record already on the evaluation path (for example the record\'s own name).',
    why: 'An include loop repeats until the DNS lookup limit is reached, so receivers return permerror and no sender passes.',
    bad: '$ORIGIN example.com.\n@  TXT  "v=spf1 mx include:example.com -all"',
    good: '$ORIGIN example.com.\n@  TXT  "v=spf1 mx include:_spf.example.net -all"',
  },
  check(record, context) {
    const spf = spfOf(record);
    if (!spf) return;
    let follows = false;
    for (const t of spf.terms) {
      if ((t.type === 'mechanism' && t.name === 'include') || (t.type === 'modifier' && t.known === 'redirect')) follows = true;
    }
    if (!follows) return;
    const count = countLookups(record, spf, ruleScope(context));
    if (!count.loop) return;
    const at = valueReporter(record, record.value!, context);
    for (const item of count.items) {
      if (!item.loop) continue;
      const chain = item.loop.map((n) => n.slice(0, -1)).join(' → ');
      at.report(
        item.start,
        item.end,
        `\`${item.term}\` leads back to a record already being evaluated (${chain}); receivers loop until the lookup limit and return permerror. Remove it or point it at a different record.`,
      );
    }
  },
});
