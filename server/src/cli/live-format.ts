/** Text and JSON reports of `zonemail live`: findings grouped by record kind, with severities. */
import type { DomainReport, Finding } from '../live/checks';
import { LIVE_KINDS } from '../live/checks';
import type { Comparison } from '../live/compare';

export interface LiveResult {
  readonly report: DomainReport;
  readonly comparison?: Comparison;
  readonly findings: readonly Finding[];
}

const TITLES: Readonly<Record<Finding['kind'], string>> = {
  mx: 'MX',
  spf: 'SPF',
  dmarc: 'DMARC',
  dkim: 'DKIM',
  bimi: 'BIMI',
  'mta-sts': 'MTA-STS',
  'tls-rpt': 'TLS-RPT',
  dane: 'DANE (TLSA)',
  dnssec: 'DNSSEC',
  compare: 'Compared with the file',
};

const SEVERITY_WIDTH = 'information'.length;

export function formatLiveText(result: LiveResult): string {
  const { report } = result;
  const lines: string[] = [`Live check of ${report.domain} (${report.durationMs} ms)`, ''];
  const spf = report.records.spf as { lookups?: number; voidLookups?: number; result?: string } | undefined;
  const dmarc = report.records.dmarc as { at?: string; policy?: string } | undefined;
  for (const kind of LIVE_KINDS) {
    const mine = result.findings.filter((f) => f.kind === kind);
    if (kind === 'compare' && !result.comparison) continue;
    const summary =
      kind === 'spf' && spf?.lookups !== undefined ? ` (${spf.lookups} lookups, ${spf.voidLookups} void)` : kind === 'dmarc' && dmarc?.at ? ` (policy at _dmarc.${dmarc.at}: ${dmarc.policy})` : '';
    lines.push(`${TITLES[kind]}${summary}`);
    if (mine.length === 0) lines.push('  ok');
    for (const f of mine) lines.push(`  ${f.severity.padEnd(SEVERITY_WIDTH)}  ${f.message}  [${f.code}]${f.name ? `  ${f.name}` : ''}`);
    lines.push('');
  }
  const count = (s: Finding['severity']) => result.findings.filter((f) => f.severity === s).length;
  lines.push(`${count('error')} error(s), ${count('warning')} warning(s), ${count('information') + count('hint')} note(s)`);
  return `${lines.join('\n')}\n`;
}

export function formatLiveJson(result: LiveResult): string {
  const { report } = result;
  const json = {
    domain: report.domain,
    durationMs: report.durationMs,
    findings: result.findings,
    records: report.records,
    ...(result.comparison ? { compare: result.comparison } : {}),
  };
  return `${JSON.stringify(json, (_key, value: unknown) => (value instanceof Uint8Array ? Buffer.from(value).toString('hex') : value), 2)}\n`;
}
