/**
 * Rule: tls-rpt/multiple-records. More than one `v=TLSRPTv1` record at `_smtp._tls.<domain>`:
 * senders then assume the domain does not implement TLS-RPT.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { countAtOwner, reportRange } from '../../cross/tag-records';
import { contentKind } from '../../kinds';
import { tlsRptRecord } from '../parse';

export const tlsRptMultipleRecords = defineRule({
  code: 'tls-rpt/multiple-records',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(8460, '3'),
  docs: {
    what: 'Two or more TXT records beginning with `v=TLSRPTv1` at the same `_smtp._tls` name.',
    why: 'If the number of TLS-RPT records is not exactly one, senders must assume the domain does not implement TLS-RPT and send no reports at all. List several destinations in one `rua=` instead.',
    bad: '$ORIGIN example.com.\n_smtp._tls  TXT  "v=TLSRPTv1; rua=mailto:a@example.com"\n_smtp._tls  TXT  "v=TLSRPTv1; rua=mailto:b@example.com"',
    good: '$ORIGIN example.com.\n_smtp._tls  TXT  "v=TLSRPTv1; rua=mailto:a@example.com,mailto:b@example.com"',
  },
  check(record, context) {
    const r = tlsRptRecord(record);
    if (!r || contentKind(r.text) !== 'tls-rpt') return;
    const count = countAtOwner(record, context, 'tls-rpt');
    if (count < 2) return;
    const v = r.list.tags[0];
    context.report({
      range: reportRange(record, v?.start ?? 0, v?.end ?? r.text.length),
      message: `\`${record.owner}\` has ${count} TLS-RPT records; senders that find more than one send no reports at all: keep one record and list every destination in its \`rua=\`, separated by commas.`,
      record,
    });
  },
});
