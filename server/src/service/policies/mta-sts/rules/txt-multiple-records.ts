/**
 * Rule: mta-sts/txt-multiple-records. More than one `v=STSv1` record at `_mta-sts.<domain>`:
 * senders then assume the domain has no MTA-STS policy.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { countAtOwner, reportRange } from '../../cross/tag-records';
import { contentKind } from '../../kinds';
import { mtaStsTxt } from '../txt-parse';

export const mtaStsTxtMultipleRecords = defineRule({
  code: 'mta-sts/txt-multiple-records',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(8461, '3.1'),
  docs: {
    what: 'Two or more TXT records beginning with `v=STSv1` at the same `_mta-sts` name.',
    why: 'If the number of MTA-STS records is not exactly one, senders must assume the domain has no MTA-STS policy (RFC 8461 §3.1), a common leftover when the id is updated by adding a record instead of changing it.',
    bad: '$ORIGIN example.com.\n_mta-sts  TXT  "v=STSv1; id=20250101"\n_mta-sts  TXT  "v=STSv1; id=20260101"',
    good: '$ORIGIN example.com.\n_mta-sts  TXT  "v=STSv1; id=20260101"',
  },
  check(record, context) {
    const r = mtaStsTxt(record);
    if (!r || contentKind(r.text) !== 'mta-sts') return;
    const count = countAtOwner(record, context, 'mta-sts');
    if (count < 2) return;
    const v = r.list.tags[0];
    context.report({
      range: reportRange(record, v?.start ?? 0, v?.end ?? r.text.length),
      message: `\`${record.owner}\` has ${count} MTA-STS records; senders that find more than one assume there is no MTA-STS policy: keep exactly one (update its \`id=\` instead of adding a record).`,
      record,
    });
  },
});
