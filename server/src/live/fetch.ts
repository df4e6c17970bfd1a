/**
 * HTTPS GET for live checks (MTA-STS policies, BIMI logos and evidence documents): https only,
 * certificates always verified (an extra CA may be added, verification cannot be turned off),
 * redirects never followed (RFC 8461 §3.3), a size cap, a timeout and the caller's AbortSignal.
 * Host names are resolved through the live resolver so the fetch sees the same DNS as the checks.
 * The outcome is a value, never an exception.
 */
import * as https from 'node:https';
import type { LookupAddress } from 'node:dns';
import * as tls from 'node:tls';
import type { Resolver } from './resolver';
import { deadline } from './resolvers/deadline';

export interface FetchOptions {
  /** Largest body accepted, in bytes. */
  readonly maxBytes: number;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
  /** Extra trusted CA certificates (PEM), added to Node's roots. */
  readonly ca?: readonly string[];
  /** Connects to this port instead of the URL's (loopback test servers only). */
  readonly port?: number;
  /** Resolves the host through this resolver (A, then AAAA); the system's otherwise. */
  readonly resolver?: Resolver;
}

export type FetchFailure = 'not-https' | 'bad-url' | 'redirect' | 'status' | 'too-large' | 'timeout' | 'cancelled' | 'tls' | 'dns' | 'network';

export type FetchResult =
  | { readonly kind: 'ok'; readonly url: string; readonly status: number; readonly contentType: string | undefined; readonly body: Buffer }
  | { readonly kind: 'error'; readonly url: string; readonly reason: FetchFailure; readonly message: string; readonly status?: number; readonly location?: string };

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A `lookup` function for `https.request` that asks the live resolver. */
function lookupVia(resolver: Resolver, signal: AbortSignal) {
  return (hostname: string, options: { all?: boolean }, callback: LookupCallback): void => {
    void (async () => {
      const found: LookupAddress[] = [];
      for (const type of ['A', 'AAAA'] as const) {
        const answer = await resolver.query(hostname, type, { signal });
        if (answer.kind !== 'records') continue;
        for (const r of answer.records) if (r.data.type === type) found.push({ address: r.data.address, family: type === 'A' ? 4 : 6 });
        if (found.length > 0) break;
      }
      if (found.length === 0) {
        const error: NodeJS.ErrnoException = new Error(`${hostname} has no A or AAAA record`);
        error.code = 'ENOTFOUND';
        callback(error, '');
      } else if (options.all) callback(null, found);
      else callback(null, found[0]!.address, found[0]!.family);
    })();
  };
}

function tlsFailure(code: string | undefined): boolean {
  return !!code && (/CERT|SELF_SIGNED|UNABLE_TO|HOSTNAME|ERR_TLS|SSL/.test(code));
}

/** Fetches `url` with GET under the options. Never throws. */
export function fetchHttps(url: string, options: FetchOptions): Promise<FetchResult> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return Promise.resolve({ kind: 'error', url, reason: 'bad-url', message: `'${url}' is not a URL` });
  }
  if (parsed.protocol !== 'https:') return Promise.resolve({ kind: 'error', url, reason: 'not-https', message: `${url} is not an https: URL` });
  const limit = deadline(options.timeoutMs, options.signal);
  return new Promise<FetchResult>((resolve) => {
    let settled = false;
    const finish = (result: FetchResult) => {
      if (settled) return;
      settled = true;
      limit.dispose();
      resolve(result);
    };
    const fail = (reason: FetchFailure, message: string, extra: { status?: number; location?: string } = {}) => finish({ kind: 'error', url, reason, message, ...extra });
    const ca = options.ca && options.ca.length > 0 ? [...tls.rootCertificates, ...options.ca] : undefined;
    let request: ReturnType<typeof https.request>;
    try {
      request = https.request({
        protocol: 'https:',
        hostname: parsed.hostname.replace(/^\[|\]$/g, ''),
        port: options.port ?? (parsed.port ? Number(parsed.port) : 443),
        path: `${parsed.pathname}${parsed.search}`,
        method: 'GET',
        servername: parsed.hostname,
        headers: { 'user-agent': 'zonemail', accept: '*/*' },
        rejectUnauthorized: true,
        ...(ca ? { ca } : {}),
        ...(options.resolver ? { lookup: lookupVia(options.resolver, limit.signal) as unknown as typeof import('node:dns').lookup } : {}),
        signal: limit.signal,
        agent: false,
      });
    } catch (error) {
      fail('network', error instanceof Error ? error.message : String(error));
      return;
    }
    request.on('response', (response) => {
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400) {
        response.resume();
        fail('redirect', `${url} answered ${status} (a redirect${response.headers.location ? ` to ${response.headers.location}` : ''}); redirects are not followed`, {
          status,
          ...(response.headers.location ? { location: response.headers.location } : {}),
        });
        request.destroy();
        return;
      }
      if (status !== 200) {
        response.resume();
        fail('status', `${url} answered HTTP ${status}`, { status });
        request.destroy();
        return;
      }
      const declared = Number(response.headers['content-length']);
      if (Number.isFinite(declared) && declared > options.maxBytes) {
        fail('too-large', `${url} is ${declared} bytes, over the limit of ${options.maxBytes}`, { status });
        request.destroy();
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBytes) {
          fail('too-large', `${url} is over the limit of ${options.maxBytes} bytes`, { status });
          request.destroy();
          return;
        }
        chunks.push(chunk);
      });
      response.on('end', () => {
        const type = response.headers['content-type'];
        finish({ kind: 'ok', url, status, contentType: type, body: Buffer.concat(chunks) });
      });
      response.on('error', (error) => fail('network', error.message, { status }));
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (limit.timedOut()) return fail('timeout', `${url} did not answer within ${options.timeoutMs} ms`);
      if (limit.cancelled()) return fail('cancelled', 'cancelled');
      if (error.code === 'ENOTFOUND') return fail('dns', `${parsed.hostname} does not resolve: ${error.message}`);
      if (tlsFailure(error.code)) return fail('tls', `the certificate of ${parsed.hostname} was not accepted: ${error.message}`);
      return fail('network', `${url}: ${error.message}`);
    });
    request.end();
  });
}
