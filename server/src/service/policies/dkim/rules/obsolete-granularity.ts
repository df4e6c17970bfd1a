/**
 * Rule: dkim/obsolete-granularity. `g=` (key granularity, RFC 4871 §3.6.1) was removed in
 * RFC 6376 (Appendix B.1); verifiers ignore it. Fix: remove it.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { tagRemoval, valueFix } from '../edits';
import { dkimOf } from '../parse';

export const obsoleteGranularity = defineRule({
  code: 'dkim/obsolete-granularity',
  severity: 'information',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(6376, 'B.1'),
  docs: {
    what: 'A DKIM key record with the `g=` (granularity) tag.',
    why: '`g=` was defined in RFC 4871 and removed in RFC 6376; current verifiers ignore it, and old ones applying `g=` other than `*` may reject signatures. It only takes space in the DNS answer.',
    bad: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; g=*; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
    good: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
  },
  check(record, context) {
    const dkim = dkimOf(record);
    const value = record.value;
    const g = dkim?.get('g');
    if (!dkim || !value || !g) return;
    const fix = valueFix(record, value, 'Remove `g=`', [tagRemoval(value.text, g)]);
    valueReporter(record, value, context).report(
      g.start,
      g.end,
      '`g=` (granularity) is obsolete: RFC 6376 removed it and verifiers ignore it. Remove the tag.',
      fix ? [fix] : undefined,
    );
  },
});
