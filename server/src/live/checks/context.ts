/**
 * What every live check shares: the options of a run, the findings it collects (each with a
 * registered code, its default severity and its RFC link) and the raw answers it saw, kept for
 * the report and the editor's output channel.
 */
import { ruleByCode, ruleDocHref, type Severity } from '../../service';
import type { Answer, QueryType, Resolver } from '../resolver';

/** Record kinds findings are grouped by. */
export type LiveKind = 'mx' | 'spf' | 'dmarc' | 'dkim' | 'bimi' | 'mta-sts' | 'tls-rpt' | 'dane' | 'dnssec' | 'compare';

export const LIVE_KINDS: readonly LiveKind[] = ['mx', 'spf', 'dmarc', 'dkim', 'bimi', 'mta-sts', 'tls-rpt', 'dane', 'dnssec', 'compare'];

export interface Finding {
  readonly kind: LiveKind;
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** The DNS name (or URL) the finding is about. */
  readonly name?: string;
  /** The RFC section, or the rule's documentation. */
  readonly href: string;
}

/** Asks the user before fetching a URL taken from DNS (untrusted workspaces); true to go ahead. */
export type ConfirmFetch = (url: string, purpose: string) => Promise<boolean>;

export interface LiveOptions {
  readonly resolver: Resolver;
  /** DKIM selectors to look up. */
  readonly dkimSelectors?: readonly string[];
  /** Timeout of each HTTPS fetch and SMTP probe (DNS queries have the resolver's own). */
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
  /** Extra trusted CA certificates (PEM) for HTTPS (and the PKIX result of STARTTLS). */
  readonly ca?: readonly string[];
  /** Port of HTTPS fetches instead of 443 (loopback test servers only). */
  readonly httpsPort?: number;
  /** Port of SMTP probes instead of 25 (loopback test servers only). */
  readonly smtpPort?: number;
  /** Set false to skip STARTTLS probes of MX hosts (default true). */
  readonly probeSmtp?: boolean;
  readonly confirmFetch?: ConfirmFetch;
  /** Called as each part of the check starts (progress). */
  readonly onProgress?: (kind: LiveKind) => void;
}

export interface RawAnswer {
  readonly name: string;
  readonly type: QueryType;
  readonly answer: Answer;
}

/** Collects findings, records and raw answers of one run. */
export class LiveRun {
  readonly findings: Finding[] = [];
  readonly records: Record<string, unknown> = {};
  readonly answers: RawAnswer[] = [];
  readonly timeoutMs: number;

  constructor(readonly domain: string, readonly options: LiveOptions) {
    this.timeoutMs = options.timeoutMs ?? 10000;
  }

  /** Reports `code` (a registered rule) with its default severity unless one is given. */
  report(kind: LiveKind, code: string, message: string, name?: string, severity?: Severity): void {
    const rule = ruleByCode(code);
    this.findings.push({
      kind,
      code,
      severity: severity ?? rule?.severity ?? 'warning',
      message,
      ...(name !== undefined ? { name } : {}),
      href: rule?.reference?.href ?? ruleDocHref(code),
    });
  }

  /** Queries through the resolver, keeping the raw answer. */
  async query(name: string, type: QueryType): Promise<Answer> {
    const answer = await this.options.resolver.query(name, type, this.options.signal ? { signal: this.options.signal } : {});
    this.answers.push({ name, type, answer });
    return answer;
  }

  /** Reports a failed answer (timeout, SERVFAIL, error) as `live/dns-failure`; true when it failed. */
  failed(kind: LiveKind, name: string, type: QueryType, answer: Answer): boolean {
    if (answer.kind === 'records' || answer.kind === 'nxdomain' || answer.kind === 'nodata') return false;
    const what = answer.kind === 'timeout' ? 'timed out' : answer.kind === 'servfail' ? 'answered SERVFAIL' : `failed (${answer.message})`;
    this.report(kind, 'live/dns-failure', `The ${type} query for ${name} ${what}; the check could not judge it.`, name);
    return true;
  }

  /** Asks before fetching a URL, when the front end wants to be asked. */
  async mayFetch(url: string, purpose: string): Promise<boolean> {
    return this.options.confirmFetch ? this.options.confirmFetch(url, purpose) : true;
  }
}

/** The TXT records of an answer, each with its character-strings joined (RFC 7208 §3.3). */
export function txtValues(answer: Answer): string[] {
  if (answer.kind !== 'records') return [];
  return answer.records.flatMap((r) => (r.data.type === 'TXT' ? [r.data.strings.join('')] : []));
}

/** The TXT records of an answer whose text starts with `prefix` (case-insensitive, then a space, `;` or the end). */
export function txtWithVersion(answer: Answer, prefix: string): string[] {
  const re = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[\\s;]|$)`, 'i');
  return txtValues(answer).filter((t) => re.test(t.trimStart()));
}
