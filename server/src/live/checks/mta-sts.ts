/**
 * MTA-STS check (RFC 8461): the TXT record at `_mta-sts.<domain>` (§3.1), the policy fetched from
 * `https://mta-sts.<domain>/.well-known/mta-sts.txt` with a verified certificate and no
 * redirects (§3.3), at most 64 KiB, `text/plain` (§3.2), checked by the static policy-file rules,
 * and every MX host matched by an `mx` pattern (§4.1).
 */
import { getLanguageService } from '../../service';
import { parsePolicyFile } from '../../service/policies/mta-sts/policy-file/parse';
import { mxMatches } from '../../service/policies/mta-sts/policy-file/mx-pattern';
import { fetchHttps } from '../fetch';
import { txtWithVersion, type LiveRun } from './context';
import type { MxResult } from './mx';
import { staticFindings } from './static-pass';

export const MAX_POLICY_BYTES = 64 * 1024;

const service = getLanguageService();

/** Policy-file rules that need the zone; the live check matches MX hosts itself. */
const LEFT_TO_LIVE = new Set(['mta-sts/policy-mx-unmatched', 'mta-sts/policy-mx-unmatched-testing']);

export async function checkMtaSts(run: LiveRun, mx: MxResult): Promise<void> {
  const name = `_mta-sts.${run.domain}`;
  const answer = await run.query(name, 'TXT');
  if (run.failed('mta-sts', name, 'TXT', answer)) return;
  const records = txtWithVersion(answer, 'v=STSv1');
  if (records.length === 0) {
    run.report('mta-sts', 'live/mta-sts-missing', `${run.domain} publishes no MTA-STS record at ${name}.`, name);
    return;
  }
  const strings = answer.kind === 'records' ? answer.records.flatMap((r) => (r.data.type === 'TXT' ? [r.data.strings] : [])) : [];
  staticFindings(run, 'mta-sts', strings.filter((s) => /^\s*v=STSv1/i.test(s.join(''))).map((s) => ({ name, type: 'TXT' as const, strings: s })));
  const url = `https://mta-sts.${run.domain}/.well-known/mta-sts.txt`;
  const out: Record<string, unknown> = { record: records[0], url };
  run.records['mta-sts'] = out;
  if (!(await run.mayFetch(url, 'MTA-STS policy'))) {
    run.report('mta-sts', 'live/not-fetched', `${url} was not fetched: declined.`, url);
    return;
  }
  const fetched = await fetchHttps(url, {
    maxBytes: MAX_POLICY_BYTES,
    timeoutMs: run.timeoutMs,
    resolver: run.options.resolver,
    ...(run.options.signal ? { signal: run.options.signal } : {}),
    ...(run.options.ca ? { ca: run.options.ca } : {}),
    ...(run.options.httpsPort ? { port: run.options.httpsPort } : {}),
  });
  if (fetched.kind === 'error') {
    out.fetch = { error: fetched.reason, message: fetched.message };
    run.report('mta-sts', 'live/mta-sts-fetch', `The MTA-STS policy could not be fetched: ${fetched.message}. Senders fetch it the same way (RFC 8461 §3.3).`, url);
    return;
  }
  const mediaType = fetched.contentType?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'text/plain') {
    run.report('mta-sts', 'live/mta-sts-content-type', `The MTA-STS policy is served as ${fetched.contentType ?? 'no Content-Type'}, not text/plain (RFC 8461 §3.2).`, url);
  }
  const text = fetched.body.toString('utf8');
  out.policy = text;
  const parsed = service.parse({ uri: url, text, languageId: 'mta-sts-policy' });
  if (parsed) {
    for (const d of service.validate(parsed)) if (!LEFT_TO_LIVE.has(d.code)) run.report('mta-sts', d.code, d.message, url, d.severity);
  }
  const { policy } = parsePolicyFile(text);
  const field = (k: string) => policy.fields.filter((f) => f.key.toLowerCase() === k).map((f) => f.value);
  const mode = field('mode')[0]?.toLowerCase();
  const patterns = field('mx');
  out.mode = mode;
  out.mx = patterns;
  if (mode !== 'enforce' && mode !== 'testing') return;
  for (const host of mx.hosts) {
    if (patterns.some((p) => mxMatches(host.exchange, p))) continue;
    const code = mode === 'enforce' ? 'mta-sts/policy-mx-unmatched' : 'mta-sts/policy-mx-unmatched-testing';
    run.report('mta-sts', code, `The MX host ${host.exchange} matches no \`mx\` pattern of the MTA-STS policy (${patterns.join(', ') || 'none'}): ${mode === 'enforce' ? 'senders will not deliver to it' : 'senders report failures for it'} (RFC 8461 §4.1).`, host.exchange);
  }
}
