/**
 * Rule: bimi/multiple-records. More than one BIMI record at one name: receivers find more than
 * one record and do no BIMI processing.
 */
import { defineRule } from '../../../rules/define-rule';
import { contentKind } from '../../kinds';
import { countAtOwner, reportRange } from '../../cross/tag-records';
import { bimiRecord } from '../parse';
import { bimiDraft } from '../tags';

export const bimiMultipleRecords = defineRule({
  code: 'bimi/multiple-records',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: bimiDraft('7.2'),
  docs: {
    what: 'Two or more TXT records beginning with `v=BIMI1` at the same name.',
    why: 'When the lookup returns more than one BIMI record, receivers stop and show no logo for mail using that selector.',
    bad: '$ORIGIN example.com.\ndefault._bimi  TXT  "v=BIMI1; l=https://example.com/a.svg"\ndefault._bimi  TXT  "v=BIMI1; l=https://example.com/b.svg"',
    good: '$ORIGIN example.com.\ndefault._bimi  TXT  "v=BIMI1; l=https://example.com/a.svg"\nbrand-b._bimi  TXT  "v=BIMI1; l=https://example.com/b.svg"',
  },
  check(record, context) {
    const b = bimiRecord(record);
    if (!b || contentKind(b.text) !== 'bimi') return;
    const count = countAtOwner(record, context, 'bimi');
    if (count < 2) return;
    const v = b.list.tags[0];
    context.report({
      range: reportRange(record, v?.start ?? 0, v?.end ?? b.text.length),
      message: `\`${record.owner}\` has ${count} BIMI records; receivers that find more than one show no logo: keep one, and give other logos their own selector (\`<selector>._bimi\`).`,
      record,
    });
  },
});
