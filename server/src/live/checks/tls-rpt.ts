/** TLS-RPT check (RFC 8460 §3): the record at `_smtp._tls.<domain>` and the static rules on it. */
import { txtWithVersion, type LiveRun } from './context';
import { staticFindings } from './static-pass';

export async function checkTlsRpt(run: LiveRun): Promise<void> {
  const name = `_smtp._tls.${run.domain}`;
  const answer = await run.query(name, 'TXT');
  if (run.failed('tls-rpt', name, 'TXT', answer)) return;
  const records = txtWithVersion(answer, 'v=TLSRPTv1');
  if (records.length === 0) {
    run.report('tls-rpt', 'live/tls-rpt-missing', `${run.domain} publishes no TLS-RPT record at ${name}: senders cannot report TLS failures.`, name);
    return;
  }
  const strings = answer.kind === 'records' ? answer.records.flatMap((r) => (r.data.type === 'TXT' ? [r.data.strings] : [])) : [];
  staticFindings(run, 'tls-rpt', strings.filter((s) => /^\s*v=TLSRPTv1/i.test(s.join(''))).map((s) => ({ name, type: 'TXT' as const, strings: s })));
  run.records['tls-rpt'] = { record: records[0] };
}
