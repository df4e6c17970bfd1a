/**
 * `checkDomain(domain, options)`: every live check of a domain (MX, SPF, DMARC, DKIM, BIMI,
 * MTA-STS, TLS-RPT, DANE, DNSSEC), run concurrently where they do not depend on each other.
 * Returns findings grouped by record kind, the records seen and the raw answers; never throws.
 */
import { LIVE_KINDS, LiveRun, type Finding, type LiveOptions, type RawAnswer } from './context';
import { checkBimi } from './bimi';
import { checkDane } from './dane';
import { checkDkim } from './dkim';
import { checkDmarc } from './dmarc';
import { checkDnssec } from './dnssec';
import { checkMtaSts } from './mta-sts';
import { checkMx } from './mx';
import { checkSpf } from './spf';
import { checkTlsRpt } from './tls-rpt';

export { LIVE_KINDS, type Finding, type LiveKind, type LiveOptions, type RawAnswer, type ConfirmFetch } from './context';

export interface DomainReport {
  readonly domain: string;
  readonly findings: readonly Finding[];
  readonly records: Readonly<Record<string, unknown>>;
  readonly answers: readonly RawAnswer[];
  readonly durationMs: number;
}

/** A domain name a check can be run on (letters, digits, `-`, `_`, dots), lower case without the trailing dot. */
export function normalizeDomain(text: string): string | undefined {
  const name = text.trim().toLowerCase().replace(/\.$/, '');
  if (name.length === 0 || name.length > 253) return undefined;
  return name.split('.').every((l) => /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/.test(l)) ? name : undefined;
}

export async function checkDomain(domain: string, options: LiveOptions): Promise<DomainReport> {
  const started = performance.now();
  const run = new LiveRun(domain.toLowerCase().replace(/\.$/, ''), options);
  const step = async (kind: Finding['kind'], work: () => Promise<void>) => {
    options.onProgress?.(kind);
    try {
      await work();
    } catch (error) {
      // A check that fails is a finding, never a crash of the run.
      run.report(kind, 'live/dns-failure', `The ${kind} check stopped: ${error instanceof Error ? error.message : String(error)}.`);
    }
  };
  await Promise.all([
    step('spf', () => checkSpf(run)),
    step('dmarc', async () => {
      const dmarc = await checkDmarc(run);
      await step('bimi', () => checkBimi(run, dmarc));
    }),
    step('dkim', () => checkDkim(run)),
    step('tls-rpt', () => checkTlsRpt(run)),
    step('mx', async () => {
      const mx = await checkMx(run);
      await Promise.all([step('mta-sts', () => checkMtaSts(run, mx)), step('dane', () => checkDane(run, mx))]);
    }),
    step('dnssec', () => checkDnssec(run)),
  ]);
  const order = (f: Finding) => LIVE_KINDS.indexOf(f.kind);
  const findings = [...run.findings].sort((a, b) => order(a) - order(b));
  const records: Record<string, unknown> = {};
  for (const kind of LIVE_KINDS) if (run.records[kind] !== undefined) records[kind] = run.records[kind];
  return { domain: run.domain, findings, records, answers: run.answers, durationMs: Math.round(performance.now() - started) };
}
