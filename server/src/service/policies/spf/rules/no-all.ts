/**
 * Rule: spf/no-all. A record with neither `all` nor `redirect=`: unmatched senders get the
 * default neutral result (RFC 7208 §4.7), which protects nothing. Fixes: append `~all` or `-all`.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { appendTermEdits } from '../edits';
import { shapeOf, spfOf } from '../parse';
import { SPF_TYPES } from './problems';

export const noAll = defineRule({
  code: 'spf/no-all',
  severity: 'information',
  scope: 'record',
  types: SPF_TYPES,
  reference: rfc(7208, '4.7'),
  docs: {
    what: 'An SPF record with neither an `all` mechanism nor a `redirect=` modifier.',
    why: 'Without `all` or `redirect`, senders that match no mechanism get a neutral result, as if the domain published no SPF policy for them.',
    bad: '$ORIGIN example.com.\n@  TXT  "v=spf1 mx"',
    good: '$ORIGIN example.com.\n@  TXT  "v=spf1 mx -all"',
  },
  check(record, context) {
    const spf = spfOf(record);
    if (!spf) return;
    const shape = shapeOf(spf);
    if (shape.all || shape.redirects.length > 0) return;
    const value = record.value!;
    const at = valueReporter(record, value, context);
    at.report(
      0,
      spf.versionEnd,
      'This SPF record has no `all` and no `redirect=`, so senders it does not list get a neutral result, which protects nothing. End it with `-all` (or `~all` while you check your senders).',
      [
        { title: 'Add `-all` at the end', edits: appendTermEdits(record, value, '-all'), isPreferred: true },
        { title: 'Add `~all` at the end', edits: appendTermEdits(record, value, '~all') },
      ],
    );
  },
});
