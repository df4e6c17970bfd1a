/**
 * MX check (RFC 5321 §5.1, RFC 7505): the MX set, a null MX, and an address for every host.
 * Returns the hosts for the MTA-STS and DANE checks.
 */
import type { LiveRun } from './context';

export interface MxHost {
  readonly preference: number;
  readonly exchange: string;
  readonly addresses: readonly string[];
}

export interface MxResult {
  readonly hosts: readonly MxHost[];
  readonly nullMx: boolean;
}

export async function checkMx(run: LiveRun): Promise<MxResult> {
  const domain = run.domain;
  const answer = await run.query(domain, 'MX');
  if (run.failed('mx', domain, 'MX', answer)) return { hosts: [], nullMx: false };
  const mx = answer.kind === 'records' ? answer.records.flatMap((r) => (r.data.type === 'MX' ? [r.data] : [])) : [];
  if (mx.length === 0) {
    run.report('mx', 'live/no-mx', `${domain} publishes no MX records: mail goes to its A/AAAA address. Publish MX records, or \`MX 0 .\` (null MX, RFC 7505) when it accepts no mail.`, domain);
    run.records.mx = [];
    return { hosts: [], nullMx: false };
  }
  const isNull = (e: string) => e === '' || e === '.';
  if (mx.some((m) => isNull(m.exchange))) {
    run.report('mx', 'live/null-mx', `${domain} publishes a null MX (RFC 7505): it accepts no mail.`, domain);
    run.records.mx = { nullMx: true };
    return { hosts: [], nullMx: true };
  }
  const hosts: MxHost[] = [];
  for (const m of [...mx].sort((a, b) => a.preference - b.preference)) {
    const addresses: string[] = [];
    for (const type of ['A', 'AAAA'] as const) {
      const a = await run.query(m.exchange, type);
      if (run.failed('mx', m.exchange, type, a)) continue;
      if (a.kind === 'records') for (const r of a.records) if (r.data.type === type) addresses.push(r.data.address);
    }
    if (addresses.length === 0) run.report('mx', 'live/mx-no-address', `The MX host ${m.exchange} has no A or AAAA record: senders cannot reach it.`, m.exchange);
    hosts.push({ preference: m.preference, exchange: m.exchange, addresses });
  }
  run.records.mx = hosts;
  return { hosts, nullMx: false };
}
