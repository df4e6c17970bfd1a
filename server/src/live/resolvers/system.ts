/**
 * The system resolver: `node:dns` (c-ares) with the system's servers or the given ones. It
 * cannot ask for TLSA, DS or DNSKEY and never sees the AD bit, so `authenticated` stays
 * undefined and those types answer an error that points to the direct resolver. TTLs are
 * known only for A and AAAA (others are 0, so the cache does not keep them). Each query uses
 * its own `dns.Resolver`, so cancelling one cancels nothing else.
 */
import { promises as dns } from 'node:dns';
import type { Answer, AnswerRecord, QueryOptions, QueryType, Resolver } from '../resolver';
import { CANCELLED, TIMEOUT, messageOf, normalizeName } from './answers';
import { deadline } from './deadline';

export interface SystemResolverOptions {
  /** `host` or `host:port` entries (default: the system's). */
  readonly servers?: readonly string[];
  /** Time for one query, in ms (default 3000). */
  readonly timeoutMs?: number;
}

const UNSUPPORTED: ReadonlySet<QueryType> = new Set(['TLSA', 'DS', 'DNSKEY']);

export class SystemResolver implements Resolver {
  private readonly timeoutMs: number;

  constructor(private readonly options: SystemResolverOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 3000;
  }

  async query(name: string, type: QueryType, options: QueryOptions = {}): Promise<Answer> {
    if (options.signal?.aborted) return CANCELLED;
    if (UNSUPPORTED.has(type)) return { kind: 'error', message: `the system resolver cannot ask for ${type} records: use the direct resolver` };
    const qname = normalizeName(name);
    const resolver = new dns.Resolver({ timeout: this.timeoutMs, tries: 1 });
    if (this.options.servers && this.options.servers.length > 0) {
      try {
        resolver.setServers([...this.options.servers]);
      } catch (error) {
        return { kind: 'error', message: `bad DNS server list: ${messageOf(error)}` };
      }
    }
    const limit = deadline(this.timeoutMs, options.signal);
    const onAbort = () => resolver.cancel();
    limit.signal.addEventListener('abort', onAbort, { once: true });
    try {
      const records = await ask(resolver, qname, type);
      if (limit.signal.aborted) return limit.cancelled() ? CANCELLED : TIMEOUT;
      return records.length === 0 ? { kind: 'nodata' } : { kind: 'records', records, cnames: [] };
    } catch (error) {
      if (limit.signal.aborted) return limit.cancelled() ? CANCELLED : TIMEOUT;
      return answerOfError(error);
    } finally {
      limit.signal.removeEventListener('abort', onAbort);
      limit.dispose();
    }
  }
}

function answerOfError(error: unknown): Answer {
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case 'ENOTFOUND':
      return { kind: 'nxdomain' };
    case 'ENODATA':
      return { kind: 'nodata' };
    case 'ETIMEOUT':
      return TIMEOUT;
    case 'ESERVFAIL':
      return { kind: 'servfail' };
    case 'ECANCELLED':
      return CANCELLED;
    default:
      return { kind: 'error', message: `${typeof code === 'string' ? `${code}: ` : ''}${messageOf(error)}` };
  }
}

async function ask(r: dns.Resolver, name: string, type: QueryType): Promise<AnswerRecord[]> {
  const rec = (data: AnswerRecord['data'], ttl = 0): AnswerRecord => ({ name, ttl, data });
  switch (type) {
    case 'A':
      return (await r.resolve4(name, { ttl: true })).map((a) => rec({ type: 'A', address: a.address }, a.ttl));
    case 'AAAA':
      return (await r.resolve6(name, { ttl: true })).map((a) => rec({ type: 'AAAA', address: a.address }, a.ttl));
    case 'MX':
      return (await r.resolveMx(name)).map((m) => rec({ type: 'MX', preference: m.priority, exchange: normalizeName(m.exchange) }));
    case 'TXT':
      return (await r.resolveTxt(name)).map((strings) => rec({ type: 'TXT', strings }));
    case 'CNAME':
      return (await r.resolveCname(name)).map((t) => rec({ type: 'CNAME', target: normalizeName(t) }));
    case 'NS':
      return (await r.resolveNs(name)).map((t) => rec({ type: 'NS', target: normalizeName(t) }));
    case 'PTR':
      return (await r.resolvePtr(name)).map((t) => rec({ type: 'PTR', target: normalizeName(t) }));
    case 'SOA': {
      const s = await r.resolveSoa(name);
      return [rec({ type: 'SOA', mname: normalizeName(s.nsname), rname: normalizeName(s.hostmaster), serial: s.serial }, s.minttl)];
    }
    case 'CAA':
      return (await r.resolveCaa(name)).map((c) => {
        const tag = Object.keys(c).find((k) => k !== 'critical') ?? '';
        const value = (c as unknown as Record<string, unknown>)[tag];
        return rec({ type: 'CAA', flags: c.critical, tag, value: typeof value === 'string' ? value : '' });
      });
    default:
      return [];
  }
}
