/**
 * Rule: spf/pass-all. `+all` or a bare `all` lets every host on the Internet pass SPF for the
 * domain (RFC 7208 §5.1, §8.3). Fixes: `-all` (preferred) or `~all`.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { shapeOf, spfOf } from '../parse';
import { SPF_TYPES } from './problems';

export const passAll = defineRule({
  code: 'spf/pass-all',
  severity: 'warning',
  scope: 'record',
  types: SPF_TYPES,
  reference: rfc(7208, '5.1'),
  docs: {
    what: 'An `all` mechanism with the pass qualifier: `+all` or a bare `all`.',
    why: 'It authorises every host on the Internet to send mail as the domain, which defeats SPF and lets DMARC pass on SPF alignment for forged mail.',
    bad: '$ORIGIN example.com.\n@  TXT  "v=spf1 mx +all"',
    good: '$ORIGIN example.com.\n@  TXT  "v=spf1 mx -all"',
  },
  check(record, context) {
    const spf = spfOf(record);
    if (!spf) return;
    const all = shapeOf(spf).all;
    if (!all || (all.qualifier !== undefined && all.qualifier !== '+')) return;
    const at = valueReporter(record, record.value!, context);
    at.report(
      all.start,
      all.end,
      `\`${all.text}\` lets every host on the Internet pass SPF for this domain. End the record with \`-all\` (fail everyone else) or \`~all\` (soft fail while you check).`,
      [at.replace('Change to `-all`', all.start, all.end, '-all', true), at.replace('Change to `~all`', all.start, all.end, '~all', false)],
    );
  },
});
