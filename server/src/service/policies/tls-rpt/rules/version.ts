/**
 * Rule: tls-rpt/version. The TXT record at `_smtp._tls.<domain>` must begin with exactly
 * `v=TLSRPTv1` (case-sensitive); senders discard records that do not.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { reportVersion, versionMessage } from '../../cross/tag-records';
import { rewriteValue } from '../../value-edits';
import { tlsRptRecord } from '../parse';

export const tlsRptVersion = defineRule({
  code: 'tls-rpt/version',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(8460, '3'),
  docs: {
    what: 'A TXT record at `_smtp._tls.<domain>` (or announcing TLS-RPT) that does not begin with exactly `v=TLSRPTv1`.',
    why: 'Senders discard records that do not begin with `v=TLSRPTv1`, so no TLS reports are sent and failures of MTA-STS or DANE go unnoticed.',
    bad: '$ORIGIN example.com.\n_smtp._tls  TXT  "v=tlsrptv1; rua=mailto:tlsrpt@example.com"',
    good: '$ORIGIN example.com.\n_smtp._tls  TXT  "v=TLSRPTv1; rua=mailto:tlsrpt@example.com"',
  },
  check(record, context) {
    const r = tlsRptRecord(record);
    if (!r || r.nearMiss || !r.version) return;
    const p = r.version;
    reportVersion(record, context, p, versionMessage(p, 'TLSRPTv1', '`_smtp._tls`'), 'TLSRPTv1', () => (p.rewrite !== undefined ? rewriteValue(record, p.rewrite) : undefined));
  },
});
