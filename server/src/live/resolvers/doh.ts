/**
 * DNS over HTTPS (RFC 8484): the wire-format query POSTed as `application/dns-message` with
 * ID 0 (§4.1), over `node:https` so that an extra CA can be trusted for a private server
 * (certificate checks stay on). HTTPS only; a deadline, a response size cap and cancellation
 * on every request; answers are values, never throws.
 */
import * as https from 'node:https';
import { rootCertificates } from 'node:tls';
import type { Answer, QueryOptions, QueryType, Resolver } from '../resolver';
import { CANCELLED, TIMEOUT, messageOf } from './answers';
import { deadline } from './deadline';
import { decodeResponse, encodeQuery, MAX_MESSAGE } from './wire';

export interface DohResolverOptions {
  /** The server's URL template without variables, e.g. `https://dns.example/dns-query`. */
  readonly url: string;
  /** Extra trusted CA certificates (PEM), added to Node's own. */
  readonly ca?: string | readonly string[];
  /** Time for one query, in ms (default 3000). */
  readonly timeoutMs?: number;
  /** Ask with the DO bit (default true). */
  readonly dnssec?: boolean;
}

export class DohResolver implements Resolver {
  private readonly url: URL | undefined;
  private readonly urlProblem: string | undefined;
  private readonly agent: https.Agent;

  constructor(private readonly options: DohResolverOptions) {
    let url: URL | undefined;
    try {
      url = new URL(options.url);
    } catch {
      this.urlProblem = `'${options.url}' is not a URL`;
    }
    if (url && url.protocol !== 'https:') this.urlProblem = `DNS over HTTPS needs an https: URL, not ${url.protocol}`;
    this.url = this.urlProblem ? undefined : url;
    const extra = options.ca === undefined ? [] : typeof options.ca === 'string' ? [options.ca] : [...options.ca];
    this.agent = new https.Agent({ keepAlive: true, maxSockets: 8, ...(extra.length > 0 ? { ca: [...rootCertificates, ...extra] } : {}) });
  }

  /** Closes idle connections. */
  close(): void {
    this.agent.destroy();
  }

  async query(name: string, type: QueryType, options: QueryOptions = {}): Promise<Answer> {
    if (options.signal?.aborted) return CANCELLED;
    if (!this.url) return { kind: 'error', message: this.urlProblem ?? 'no URL' };
    const query = encodeQuery(name, type, 0, this.options.dnssec ?? true);
    const limit = deadline(this.options.timeoutMs ?? 3000, options.signal);
    try {
      const body = await post(this.url, query.bytes, this.agent, limit.signal);
      if (limit.signal.aborted) return limit.cancelled() ? CANCELLED : TIMEOUT;
      if ('error' in body) return { kind: 'error', message: body.error };
      const decoded = decodeResponse(body.bytes, query);
      if (decoded.kind === 'mismatch') return { kind: 'error', message: 'the DNS over HTTPS answer is for another question' };
      if (decoded.kind === 'truncated') return { kind: 'error', message: 'the DNS over HTTPS answer is truncated' };
      return decoded;
    } finally {
      limit.dispose();
    }
  }
}

function post(url: URL, payload: Buffer, agent: https.Agent, signal: AbortSignal): Promise<{ bytes: Buffer } | { error: string }> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (value: { bytes: Buffer } | { error: string }) => {
      if (done) return;
      done = true;
      resolve(value);
    };
    let req: ReturnType<typeof https.request>;
    try {
      req = https.request(url, {
        method: 'POST',
        agent,
        signal,
        headers: { 'content-type': 'application/dns-message', accept: 'application/dns-message', 'content-length': payload.length },
      });
    } catch (error) {
      return finish({ error: `DNS over HTTPS: ${messageOf(error)}` });
    }
    req.on('error', (error) => finish({ error: signal.aborted ? 'aborted' : `DNS over HTTPS: ${messageOf(error)}` }));
    req.on('response', (res) => {
      const type = (res.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (res.statusCode !== 200) {
        res.resume();
        return finish({ error: `DNS over HTTPS: the server answered HTTP ${res.statusCode}` });
      }
      if (type !== 'application/dns-message') {
        res.resume();
        return finish({ error: `DNS over HTTPS: unexpected content type '${type}'` });
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_MESSAGE) {
          req.destroy();
          return finish({ error: `DNS over HTTPS: the answer is larger than ${MAX_MESSAGE} bytes` });
        }
        chunks.push(chunk);
      });
      res.on('end', () => finish({ bytes: Buffer.concat(chunks) }));
      res.on('error', (error) => finish({ error: `DNS over HTTPS: ${messageOf(error)}` }));
    });
    req.end(payload);
  });
}
