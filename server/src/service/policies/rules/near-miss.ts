/**
 * Rule: policy/near-miss. A TXT value that almost starts with a version tag (`spf1 ...`,
 * `v=spf 1`, `v=DMARC 1`, `v=spf1include:...`): receivers see no policy at all.
 */
import { defineRule, rfc } from '../../rules/define-rule';
import { classify, nearMiss } from '../kinds';
import { valueReporter } from '../value-edits';

export const nearMissRule = defineRule({
  code: 'policy/near-miss',
  severity: 'warning',
  scope: 'record',
  types: ['TXT', 'SPF'],
  reference: rfc(7208, '4.5'),
  docs: {
    what: 'A TXT value that almost begins with a policy version tag (`spf1`, `v=spf 1`, `v=DMARC 1`, `v=spf1` glued to the first term).',
    why: 'Receivers select records by the exact version tag; a near miss is ignored, so the domain has no SPF or DMARC policy at all.',
    bad: '$ORIGIN example.com.\n@  TXT  "v=spf 1 mx -all"',
    good: '$ORIGIN example.com.\n@  TXT  "v=spf1 mx -all"',
  },
  check(record, context) {
    const value = record.value;
    if (!value || classify(record)?.byContent) return;
    const miss = nearMiss(value.text);
    if (!miss) return;
    const written = value.text.slice(miss.start, miss.end);
    const at = valueReporter(record, value, context);
    const glued = miss.replacement.endsWith(' ');
    at.report(
      miss.start,
      miss.end,
      glued
        ? `\`${written}\` is glued to the first term, so receivers do not see an SPF record: add a space after \`${written}\`.`
        : `\`${written}\` is not a version tag receivers recognise, so this ${miss.kind.toUpperCase()} record is ignored: write \`${miss.replacement}\`.`,
      [at.replace(`Change to \`${miss.replacement.trim()}\``, miss.start, miss.end, miss.replacement)],
    );
  },
});
