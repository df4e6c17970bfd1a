/**
 * Rule: spf/redirect-with-all. A record with both an `all` mechanism and `redirect=`: the
 * redirect is never used (RFC 7208 §6.1: ignored when the record contains `all`). Fix: remove it.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { removeTermEdits } from '../edits';
import { shapeOf, spfOf } from '../parse';
import { SPF_TYPES } from './problems';

export const redirectWithAll = defineRule({
  code: 'spf/redirect-with-all',
  severity: 'warning',
  scope: 'record',
  types: SPF_TYPES,
  reference: rfc(7208, '6.1'),
  docs: {
    what: 'A `redirect=` modifier in a record that also has an `all` mechanism.',
    why: 'Receivers ignore `redirect` when the record contains `all`, so the policy it names never applies. Either remove the redirect or remove `all`.',
    bad: '$ORIGIN example.com.\n@  TXT  "v=spf1 mx -all redirect=_spf.example.com"',
    good: '$ORIGIN example.com.\n@  TXT  "v=spf1 mx redirect=_spf.example.com"',
  },
  check(record, context) {
    const spf = spfOf(record);
    if (!spf) return;
    const shape = shapeOf(spf);
    if (!shape.all || shape.redirects.length === 0) return;
    const value = record.value!;
    const at = valueReporter(record, value, context);
    for (const r of shape.redirects) {
      at.report(
        r.start,
        r.end,
        `\`${r.text}\` is ignored because the record has \`${shape.all.text}\`. Remove the redirect, or remove \`${shape.all.text}\` if the redirected policy should decide.`,
        [{ title: `Remove \`${r.text}\``, edits: removeTermEdits(record, value, r.start, r.end), isPreferred: true }],
      );
    }
  },
});
