/**
 * The direct resolver: DNS over UDP to the configured servers, retried over TCP when the answer
 * is truncated (RFC 7766 §5), with the 2-byte length framing of RFC 1035 §4.2.2. Random query
 * IDs; replies from another address or with another ID or question are ignored (RFC 5452).
 * EDNS0 with the DO bit, so a validating server's AD bit tells the DNSSEC status. Each query
 * has a deadline, a size limit and honours cancellation; answers are values, never throws.
 */
import * as dgram from 'node:dgram';
import { isIPv6 } from 'node:net';
import * as net from 'node:net';
import type { Answer, QueryOptions, QueryType, Resolver } from '../resolver';
import { CANCELLED, TIMEOUT, messageOf } from './answers';
import { deadline, type Deadline } from './deadline';
import { decodeResponse, encodeQuery, MAX_MESSAGE, type WireQuery } from './wire';

export interface ServerAddress {
  readonly host: string;
  readonly port: number;
}

export interface DirectResolverOptions {
  /** Servers, tried in order while time remains (default: the system's, from `node:dns`). */
  readonly servers: readonly ServerAddress[];
  /** Time for one query over every server and transport, in ms (default 3000). */
  readonly timeoutMs?: number;
  /** Ask with the DO bit (default true). */
  readonly dnssec?: boolean;
}

/** Parses `host`, `host:port`, `[v6]:port` or a bare IPv6 address; port defaults to 53. */
export function parseServer(text: string): ServerAddress | undefined {
  const t = text.trim();
  if (t.length === 0) return undefined;
  const bracket = /^\[([^\]]+)\](?::(\d+))?$/.exec(t);
  if (bracket) return withPort(bracket[1]!, bracket[2]);
  if (isIPv6(t)) return { host: t, port: 53 };
  const colon = t.lastIndexOf(':');
  if (colon > 0 && t.indexOf(':') === colon) return withPort(t.slice(0, colon), t.slice(colon + 1));
  return { host: t, port: 53 };
}

function withPort(host: string, port: string | undefined): ServerAddress | undefined {
  if (port === undefined) return { host, port: 53 };
  if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) return undefined;
  return { host, port: Number(port) };
}

export class DirectResolver implements Resolver {
  private readonly timeoutMs: number;
  private readonly dnssec: boolean;

  constructor(private readonly options: DirectResolverOptions) {
    this.timeoutMs = options.timeoutMs ?? 3000;
    this.dnssec = options.dnssec ?? true;
  }

  async query(name: string, type: QueryType, options: QueryOptions = {}): Promise<Answer> {
    if (options.signal?.aborted) return CANCELLED;
    if (this.options.servers.length === 0) return { kind: 'error', message: 'no DNS server configured' };
    const limit = deadline(this.timeoutMs, options.signal);
    try {
      let last: Answer = TIMEOUT;
      for (const server of this.options.servers) {
        const q = encodeQuery(name, type, undefined, this.dnssec);
        let answer = await udpExchange(server, q, limit);
        if (answer.kind === 'truncated') answer = await tcpExchange(server, encodeQuery(name, type, undefined, this.dnssec), limit);
        if (limit.cancelled()) return CANCELLED;
        if (answer.kind === 'truncated') answer = { kind: 'error', message: 'truncated answer over TCP' };
        last = answer;
        // Another server may do better after a failure of this one, while time remains.
        if (answer.kind !== 'timeout' && answer.kind !== 'servfail' && answer.kind !== 'error') return answer;
        if (limit.signal.aborted) break;
      }
      return last;
    } finally {
      limit.dispose();
    }
  }
}

type Exchange = Answer | { readonly kind: 'truncated' };

function aborted(limit: Deadline): Exchange {
  return limit.cancelled() ? CANCELLED : TIMEOUT;
}

/** One query over UDP; resent once halfway through the time left. */
export function udpExchange(server: ServerAddress, query: WireQuery, limit: Deadline): Promise<Exchange> {
  return new Promise((resolve) => {
    if (limit.signal.aborted) return resolve(aborted(limit));
    const family = net.isIPv6(server.host) ? 'udp6' : 'udp4';
    const socket = dgram.createSocket({ type: family, recvBufferSize: MAX_MESSAGE });
    let done = false;
    let resend: NodeJS.Timeout | undefined;
    const finish = (value: Exchange) => {
      if (done) return;
      done = true;
      if (resend) clearTimeout(resend);
      limit.signal.removeEventListener('abort', onAbort);
      socket.close();
      resolve(value);
    };
    const onAbort = () => finish(aborted(limit));
    limit.signal.addEventListener('abort', onAbort, { once: true });
    socket.on('error', (error) => finish({ kind: 'error', message: `UDP: ${messageOf(error)}` }));
    socket.on('message', (msg, rinfo) => {
      if (rinfo.port !== server.port || !sameHost(rinfo.address, server.host)) return;
      const decoded = decodeResponse(msg, query);
      if (decoded.kind === 'mismatch') return;
      finish(decoded);
    });
    const send = () => {
      if (done) return;
      socket.send(query.bytes, server.port, server.host, (error) => {
        if (error) finish({ kind: 'error', message: `UDP: ${messageOf(error)}` });
      });
    };
    send();
    resend = setTimeout(send, 1000);
    resend.unref();
  });
}

function sameHost(a: string, b: string): boolean {
  if (a === b) return true;
  const strip = (s: string) => s.replace(/^::ffff:/i, '').toLowerCase();
  return strip(a) === strip(b) || (b === 'localhost' && (a === '127.0.0.1' || a === '::1'));
}

/** One query over TCP with length-prefixed framing (RFC 1035 §4.2.2). */
export function tcpExchange(server: ServerAddress, query: WireQuery, limit: Deadline): Promise<Exchange> {
  return new Promise((resolve) => {
    if (limit.signal.aborted) return resolve(aborted(limit));
    let done = false;
    let buffer = Buffer.alloc(0);
    const socket = net.connect({ host: server.host, port: server.port });
    const finish = (value: Exchange) => {
      if (done) return;
      done = true;
      limit.signal.removeEventListener('abort', onAbort);
      socket.destroy();
      resolve(value);
    };
    const onAbort = () => finish(aborted(limit));
    limit.signal.addEventListener('abort', onAbort, { once: true });
    socket.on('error', (error) => finish({ kind: 'error', message: `TCP: ${messageOf(error)}` }));
    socket.on('close', () => finish({ kind: 'error', message: 'TCP: the server closed the connection without an answer' }));
    socket.on('connect', () => {
      const length = Buffer.alloc(2);
      length.writeUInt16BE(query.bytes.length, 0);
      socket.write(Buffer.concat([length, query.bytes]));
    });
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      // Messages are read one after another: a reply that is not ours is skipped.
      while (buffer.length >= 2) {
        const size = buffer.readUInt16BE(0);
        if (size > MAX_MESSAGE) return finish({ kind: 'error', message: 'TCP: message too large' });
        if (buffer.length < 2 + size) return;
        const msg = buffer.subarray(2, 2 + size);
        buffer = buffer.subarray(2 + size);
        const decoded = decodeResponse(Buffer.from(msg), query);
        if (decoded.kind !== 'mismatch') return finish(decoded);
      }
      if (buffer.length > MAX_MESSAGE + 2) finish({ kind: 'error', message: 'TCP: too much data' });
    });
  });
}
