/**
 * STARTTLS prober for DANE (RFC 7672 §2.2): connects to an MX host over SMTP, says EHLO, asks for
 * STARTTLS and records the certificate chain the host presents. PKIX validation is done as well
 * and reported, but not required: for SMTP, DANE authenticates the host through its TLSA records
 * (`tls-match.ts`), which is the verification this probe feeds. Timeout, AbortSignal and a cap on
 * the size of SMTP replies; the outcome is a value, never an exception.
 */
import * as net from 'node:net';
import * as tls from 'node:tls';
import type { Resolver } from './resolver';
import { deadline } from './resolvers/deadline';

export interface ProbeOptions {
  /** The MX host name (also the TLS server name). */
  readonly host: string;
  /** Address to connect to; resolved through `resolver` (A, then AAAA) when absent. */
  readonly address?: string;
  readonly resolver?: Resolver;
  /** 25 unless a test server listens elsewhere. */
  readonly port: number;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
  /** Extra trusted CA certificates (PEM) for the PKIX result. */
  readonly ca?: readonly string[];
}

export type ProbeStage = 'dns' | 'connect' | 'greeting' | 'ehlo' | 'no-starttls' | 'starttls' | 'handshake' | 'timeout' | 'cancelled';

export type ProbeResult =
  | {
      readonly kind: 'ok';
      readonly address: string;
      /** DER of each certificate, leaf first, as far as the chain goes. */
      readonly chain: readonly Buffer[];
      readonly pkixAuthorized: boolean;
      readonly pkixError?: string;
      readonly protocol?: string;
    }
  | { readonly kind: 'error'; readonly stage: ProbeStage; readonly message: string };

/** Longest SMTP reply accepted (RFC 5321 §4.5.3.1.5 allows 512 octets per line). */
const MAX_REPLY = 16 * 1024;

async function addressOf(options: ProbeOptions): Promise<string | undefined> {
  if (options.address) return options.address;
  if (net.isIP(options.host)) return options.host;
  if (!options.resolver) return undefined;
  for (const type of ['A', 'AAAA'] as const) {
    const answer = await options.resolver.query(options.host, type, options.signal ? { signal: options.signal } : {});
    if (answer.kind !== 'records') continue;
    for (const r of answer.records) if (r.data.type === type) return r.data.address;
  }
  return undefined;
}

/** The certificate chain of a TLS socket as DER, leaf first. */
export function chainOf(socket: tls.TLSSocket): Buffer[] {
  const out: Buffer[] = [];
  let cert = socket.getPeerCertificate(true) as tls.DetailedPeerCertificate | undefined;
  const seen = new Set<string>();
  while (cert && cert.raw && !seen.has(cert.fingerprint256)) {
    seen.add(cert.fingerprint256);
    out.push(cert.raw);
    cert = cert.issuerCertificate;
  }
  return out;
}

export async function probeStartTls(options: ProbeOptions): Promise<ProbeResult> {
  const address = await addressOf(options);
  if (!address) return { kind: 'error', stage: 'dns', message: `${options.host} has no A or AAAA record` };
  const limit = deadline(options.timeoutMs, options.signal);
  return new Promise<ProbeResult>((resolve) => {
    let done = false;
    let plain: net.Socket | undefined;
    let secure: tls.TLSSocket | undefined;
    const finish = (result: ProbeResult) => {
      if (done) return;
      done = true;
      limit.dispose();
      limit.signal.removeEventListener('abort', onAbort);
      if (secure) {
        secure.end('QUIT\r\n');
        secure.destroy();
      }
      plain?.destroy();
      resolve(result);
    };
    const fail = (stage: ProbeStage, message: string) => finish({ kind: 'error', stage, message });
    const onAbort = () =>
      limit.timedOut() ? fail('timeout', `${options.host} did not complete STARTTLS within ${options.timeoutMs} ms`) : fail('cancelled', 'cancelled');
    if (limit.signal.aborted) return onAbort();
    limit.signal.addEventListener('abort', onAbort, { once: true });

    let buffer = '';
    let waiting: ((lines: string[]) => void) | undefined;
    let stage: ProbeStage = 'connect';
    const socket = net.connect({ host: address, port: options.port });
    plain = socket;
    socket.setEncoding('latin1');
    const onData = (chunk: string) => {
      buffer += chunk;
      if (buffer.length > MAX_REPLY) return fail(stage, `${options.host} sent an SMTP reply over ${MAX_REPLY} bytes`);
      // A reply is complete when a line has a space (not `-`) after its code.
      const lines = buffer.split('\r\n');
      const last = lines.findIndex((l) => /^\d{3}(?: |$)/.test(l));
      if (last < 0 || !waiting) return;
      const reply = lines.slice(0, last + 1);
      buffer = lines.slice(last + 1).join('\r\n');
      const w = waiting;
      waiting = undefined;
      w(reply);
    };
    const expect = (next: ProbeStage, code: string, then: (lines: string[]) => void) => {
      stage = next;
      waiting = (lines) => {
        const final = lines[lines.length - 1]!;
        if (!final.startsWith(code)) return fail(next === 'starttls' ? 'starttls' : next, `${options.host} answered "${final.slice(0, 200)}"`);
        then(lines);
      };
    };
    socket.on('data', onData);
    socket.on('error', (error) => fail(stage, `${options.host} (${address}:${options.port}): ${error.message}`));
    socket.on('close', () => fail(stage, `${options.host} closed the connection`));
    expect('greeting', '220', () => {
      expect('ehlo', '250', (lines) => {
        if (!lines.some((l) => /^250[- ]STARTTLS\b/i.test(l))) return fail('no-starttls', `${options.host} does not offer STARTTLS`);
        expect('starttls', '220', () => {
          stage = 'handshake';
          socket.removeListener('data', onData);
          socket.removeAllListeners('close');
          const ca = options.ca && options.ca.length > 0 ? [...tls.rootCertificates, ...options.ca] : undefined;
          // PKIX is recorded, not enforced: DANE (TLSA) is how SMTP authenticates the host here.
          secure = tls.connect({ socket, servername: net.isIP(options.host) ? undefined : options.host, rejectUnauthorized: false, ...(ca ? { ca } : {}) } as tls.ConnectionOptions);
          secure.on('error', (error) => fail('handshake', `TLS with ${options.host} failed: ${error.message}`));
          secure.on('secureConnect', () => {
            const s = secure!;
            const error = s.authorizationError;
            finish({
              kind: 'ok',
              address,
              chain: chainOf(s),
              pkixAuthorized: s.authorized,
              ...(error ? { pkixError: String(error) } : {}),
              ...(s.getProtocol() ? { protocol: s.getProtocol()! } : {}),
            });
          });
        });
        socket.write('STARTTLS\r\n');
      });
      socket.write('EHLO zonemail.invalid\r\n');
    });
  });
}
