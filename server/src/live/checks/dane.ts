/**
 * DANE check for SMTP (RFC 7672): the TLSA records at `_25._tcp.<mx>` of each MX host, whether
 * the validating resolver authenticated them (the AD bit, §2.2), the static TLSA rules, and which
 * records match the certificate chain the host presents over STARTTLS (§3.1).
 */
import { probeStartTls } from '../tls-probe';
import { matchPositions, tlsaText, type TlsaData } from '../tls-match';
import type { LiveRun } from './context';
import type { MxResult } from './mx';
import { staticFindings } from './static-pass';

export async function checkDane(run: LiveRun, mx: MxResult): Promise<void> {
  const hosts: Record<string, unknown> = {};
  for (const host of mx.hosts) {
    const name = `_25._tcp.${host.exchange}`;
    const answer = await run.query(name, 'TLSA');
    if (run.failed('dane', name, 'TLSA', answer)) continue;
    const tlsa: TlsaData[] = answer.kind === 'records' ? answer.records.flatMap((r) => (r.data.type === 'TLSA' ? [r.data] : [])) : [];
    if (tlsa.length === 0) {
      run.report('dane', 'live/dane-missing', `The MX host ${host.exchange} publishes no TLSA records at ${name}.`, name);
      hosts[host.exchange] = { tlsa: [] };
      continue;
    }
    staticFindings(run, 'dane', tlsa.map((t) => ({ name, type: 'TLSA' as const, rdata: tlsaText(t) })));
    const authenticated = answer.kind === 'records' ? answer.authenticated : undefined;
    if (authenticated !== true) {
      run.report(
        'dane',
        'live/dane-unvalidated',
        authenticated === false
          ? `The TLSA records at ${name} are not DNSSEC-validated (no AD bit): senders ignore them. Sign the zone and publish its DS.`
          : `Whether the TLSA records at ${name} are DNSSEC-validated is unknown: this resolver does not report the AD bit. Use a validating resolver (--dns HOST).`,
        name,
      );
    }
    const entry: Record<string, unknown> = { authenticated, tlsa: tlsa.map((t) => ({ record: tlsaText(t) })) };
    hosts[host.exchange] = entry;
    if (run.options.probeSmtp === false) continue;
    const port = run.options.smtpPort ?? 25;
    const probe = await probeStartTls({
      host: host.exchange,
      ...(host.addresses[0] ? { address: host.addresses[0] } : {}),
      resolver: run.options.resolver,
      port,
      timeoutMs: run.timeoutMs,
      ...(run.options.signal ? { signal: run.options.signal } : {}),
      ...(run.options.ca ? { ca: run.options.ca } : {}),
    });
    if (probe.kind === 'error') {
      entry.starttls = { error: probe.stage, message: probe.message };
      run.report('dane', 'live/dane-starttls', `STARTTLS with ${host.exchange} (port ${port}) failed: ${probe.message}.`, host.exchange);
      continue;
    }
    const matches = tlsa.map((t) => ({ record: tlsaText(t), matches: matchPositions(t, probe.chain) }));
    entry.tlsa = matches;
    entry.starttls = { address: probe.address, chainLength: probe.chain.length, pkixAuthorized: probe.pkixAuthorized, ...(probe.pkixError ? { pkixError: probe.pkixError } : {}) };
    if (!matches.some((m) => m.matches.length > 0)) {
      run.report('dane', 'live/dane-no-match', `None of the ${tlsa.length} TLSA record(s) at ${name} matches the certificate chain ${host.exchange} presents: DANE senders will not deliver to it. Publish \`3 1 1\` with the SHA-256 of the current key.`, name);
    }
  }
  if (mx.hosts.length > 0) run.records.dane = hosts;
}
