/**
 * Rule: spf/neutral-all. `?all` gives unmatched senders a neutral result (RFC 7208 §2.6.2,
 * §8.2), the same as having no policy for them: no protection against forgery. Fixes: `~all`, `-all`.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { shapeOf, spfOf } from '../parse';
import { SPF_TYPES } from './problems';

export const neutralAll = defineRule({
  code: 'spf/neutral-all',
  severity: 'information',
  scope: 'record',
  types: SPF_TYPES,
  reference: rfc(7208, '8.2'),
  docs: {
    what: 'An SPF record that ends in `?all`.',
    why: 'A neutral result says nothing about the sender: forged mail is treated as if the domain had no SPF policy. Use `~all` while testing and `-all` once every sending service is listed.',
    bad: '$ORIGIN example.com.\n@  TXT  "v=spf1 mx ?all"',
    good: '$ORIGIN example.com.\n@  TXT  "v=spf1 mx ~all"',
  },
  check(record, context) {
    const spf = spfOf(record);
    if (!spf) return;
    const all = shapeOf(spf).all;
    if (!all || all.qualifier !== '?') return;
    const at = valueReporter(record, record.value!, context);
    at.report(
      all.start,
      all.end,
      '`?all` gives everyone else a neutral result, which protects nothing. Use `~all` (soft fail) while you check your senders, then `-all`.',
      [at.replace('Change to `~all`', all.start, all.end, '~all', true), at.replace('Change to `-all`', all.start, all.end, '-all', false)],
    );
  },
});
