/**
 * Rule: tls-rpt/missing-rua. A TLS-RPT record needs `rua=`: without a destination no reports
 * are sent.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { checkedTlsRpt } from '../parse';

export const tlsRptMissingRua = defineRule({
  code: 'tls-rpt/missing-rua',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(8460, '3'),
  docs: {
    what: 'A TLS-RPT record without the required `rua=` field (field names are case-sensitive, so `RUA=` does not count).',
    why: '`rua=` says where reports go; a record without it is invalid and senders send no reports.',
    bad: '$ORIGIN example.com.\n_smtp._tls  TXT  "v=TLSRPTv1"',
    good: '$ORIGIN example.com.\n_smtp._tls  TXT  "v=TLSRPTv1; rua=mailto:tlsrpt@example.com"',
  },
  check(record, context) {
    const r = checkedTlsRpt(record);
    if (!r || r.list.tags.some((t) => t.name === 'rua')) return;
    const at = valueReporter(record, record.value!, context);
    const cased = r.list.tags.find((t) => t.name.toLowerCase() === 'rua');
    if (cased) {
      at.report(cased.nameStart, cased.nameEnd, `Field names are case-sensitive, so \`${cased.name}=\` is not the required \`rua=\` and senders ignore the record: write \`rua=\`.`, [
        at.replace('Write `rua`', cased.nameStart, cased.nameEnd, 'rua'),
      ]);
      return;
    }
    const v = r.list.tags[0]!;
    at.report(v.start, v.end, 'This TLS-RPT record has no `rua=`, which is required, so senders send no reports: add `rua=mailto:<address>` or `rua=https://<host>/<path>`.');
  },
});
