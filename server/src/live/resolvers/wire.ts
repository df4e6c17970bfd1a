/**
 * DNS messages on the wire (RFC 1035 §4) through `dns-packet`: builds a query with a random ID
 * and an EDNS0 OPT record (RFC 6891) with the DO bit (RFC 3225), and turns a response into an
 * answer value. A response whose ID, QR bit or question differs from the query is reported as
 * `mismatch` so the caller keeps waiting (RFC 5452 §4.3). CNAME chains in the answer section
 * are followed from the question name (RFC 1034 §3.6.2). The framing of a response (names,
 * compression pointers, record lengths) is checked before it is decoded: a message that runs
 * past its end or whose pointers loop is malformed, never partly read.
 */
import { randomInt } from 'node:crypto';
import * as packet from 'dns-packet';
import type { Answer, AnswerData, AnswerRecord, QueryType } from '../resolver';
import { decodeCharString, messageOf, normalizeName } from './answers';

/** The EDNS0 UDP payload size we announce (the DNS Flag Day 2020 value). */
export const EDNS_PAYLOAD = 1232;
/** The largest DNS message accepted over any transport. */
export const MAX_MESSAGE = 65535;

export interface WireQuery {
  readonly id: number;
  readonly name: string;
  readonly type: QueryType;
  readonly bytes: Buffer;
}

/** A query message; `id` is random unless given (DNS over HTTPS uses 0, RFC 8484 §4.1). */
export function encodeQuery(name: string, type: QueryType, id: number = randomInt(0, 65536), dnssec = true): WireQuery {
  const qname = normalizeName(name);
  const opt = {
    type: 'OPT',
    name: '.',
    udpPayloadSize: EDNS_PAYLOAD,
    extendedRcode: 0,
    ednsVersion: 0,
    flags: dnssec ? packet.DNSSEC_OK : 0,
    flag_do: dnssec,
    options: [],
  } as packet.OptAnswer;
  const bytes = packet.encode({
    type: 'query',
    id,
    flags: packet.RECURSION_DESIRED,
    questions: [{ type, name: qname === '.' ? '.' : qname, class: 'IN' }],
    additionals: [opt],
  });
  return { id, name: qname, type, bytes };
}

export type Decoded = { readonly kind: 'mismatch' } | { readonly kind: 'truncated' } | Answer;

/** Decodes a response to `query`; never throws. */
export function decodeResponse(bytes: Buffer, query: WireQuery): Decoded {
  if (bytes.length > MAX_MESSAGE) return { kind: 'error', message: `response of ${bytes.length} bytes is too large` };
  let msg: packet.DecodedPacket & { rcode?: string };
  try {
    const problem = framingProblem(bytes);
    // A truncated (TC) message may be cut anywhere (RFC 2181 §9): it is asked again over TCP.
    if (problem && bytes.readUInt16BE(0) === query.id && (bytes[2]! & 0x82) === 0x82) return { kind: 'truncated' };
    if (problem) throw new Error(problem);
    msg = packet.decode(bytes) as packet.DecodedPacket & { rcode?: string };
  } catch (error) {
    // A message we cannot read may be a forgery as well as a broken server: keep waiting only
    // when its ID is not ours.
    if (bytes.length >= 2 && bytes.readUInt16BE(0) !== query.id) return { kind: 'mismatch' };
    return { kind: 'error', message: `malformed response: ${messageOf(error)}` };
  }
  if (msg.id !== query.id || !msg.flag_qr) return { kind: 'mismatch' };
  const q = msg.questions?.[0];
  if (!q || msg.questions!.length !== 1 || normalizeName(q.name) !== query.name || q.type !== query.type) return { kind: 'mismatch' };
  if (msg.flag_tc) return { kind: 'truncated' };
  const authenticated = msg.flag_ad;
  switch (msg.rcode) {
    case 'NOERROR':
      break;
    case 'NXDOMAIN':
      return { kind: 'nxdomain', authenticated };
    case 'SERVFAIL':
      return { kind: 'servfail' };
    default:
      return { kind: 'error', message: `the server answered ${msg.rcode ?? 'an unknown code'}` };
  }
  const answers = msg.answers ?? [];
  const cnames: { from: string; to: string }[] = [];
  let current = query.name;
  // Follow the chain as far as the answer section takes it (bounded by its length).
  for (let hop = 0; hop <= answers.length && query.type !== 'CNAME'; hop++) {
    const link = answers.find((a) => a.type === 'CNAME' && normalizeName(a.name) === current);
    if (!link) break;
    const to = normalizeName((link as packet.StringAnswer).data);
    if (cnames.some((c) => c.from === to) || to === query.name) return { kind: 'error', message: `CNAME loop at ${to}` };
    cnames.push({ from: current, to });
    current = to;
  }
  const records: AnswerRecord[] = [];
  for (const a of answers) {
    if (a.type !== query.type || normalizeName(a.name) !== current) continue;
    const data = dataOf(a);
    if (data) records.push({ name: current, ttl: a.ttl ?? 0, data });
  }
  if (records.length === 0) return { kind: 'nodata', authenticated };
  return { kind: 'records', records, cnames, authenticated };
}

const SECTIONS = ['question', 'answer', 'authority', 'additional'] as const;

/**
 * Why the framing of a message is broken, or undefined when every name and record of every
 * section lies within it (RFC 1035 §4.1). `dns-packet` does not check that RDATA fits in the
 * message, so a record whose RDLENGTH runs past the end would decode as partial data; names are
 * walked here with their compression pointers, which must point back into the message (§4.1.4).
 */
export function framingProblem(bytes: Buffer): string | undefined {
  if (bytes.length < 12) return `the message is ${bytes.length} bytes, shorter than a header`;
  let offset = 12;
  /** Moves `offset` past the name there; a problem when it is broken. */
  const skipName = (): string | undefined => {
    let pos = offset;
    let floor = offset;
    let jumped = false;
    let length = 0;
    for (;;) {
      if (pos >= bytes.length) return 'a name runs past the end of the message';
      const len = bytes[pos]!;
      if (len === 0) {
        if (!jumped) offset = pos + 1;
        return undefined;
      }
      if ((len & 0xc0) === 0xc0) {
        if (pos + 1 >= bytes.length) return 'a name runs past the end of the message';
        const target = ((len & 0x3f) << 8) | bytes[pos + 1]!;
        if (target >= bytes.length) return `a compression pointer points past the end of the message (to ${target} of ${bytes.length} bytes)`;
        // Only pointers to earlier data, each before the last: no loop can form.
        if (target >= floor) return `a compression pointer points forward or loops (to ${target}, from ${pos})`;
        if (!jumped) offset = pos + 2;
        jumped = true;
        floor = target;
        pos = target;
        continue;
      }
      if ((len & 0xc0) !== 0) return `a name has an unknown label type (0x${len.toString(16)})`;
      if (pos + 1 + len > bytes.length) return 'a name runs past the end of the message';
      length += len + 1;
      // 255 octets with the final zero-length label (RFC 1035 §3.1).
      if (length > 254) return 'a name is longer than 255 bytes';
      pos += 1 + len;
    }
  };
  for (let s = 0; s < SECTIONS.length; s++) {
    const count = bytes.readUInt16BE(4 + 2 * s);
    for (let i = 1; i <= count; i++) {
      const where = `${SECTIONS[s]} record ${i} of ${count}`;
      if (offset >= bytes.length) return `the message ends before ${where} (truncated)`;
      const problem = skipName();
      if (problem) return `${where}: ${problem}`;
      const fixed = s === 0 ? 4 : 10;
      if (offset + fixed > bytes.length) return `${where} runs past the end of the message (truncated)`;
      const rdlength = s === 0 ? 0 : bytes.readUInt16BE(offset + 8);
      if (offset + fixed + rdlength > bytes.length) return `the data of ${where} (${rdlength} bytes) runs past the end of the message (truncated)`;
      offset += fixed + rdlength;
    }
  }
  return undefined;
}

function bytesOf(b: Buffer): Uint8Array {
  return new Uint8Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}

/** The answer data of one record in our shape, or undefined for a type we did not ask for. */
function dataOf(a: packet.Answer): AnswerData | undefined {
  switch (a.type) {
    case 'A':
    case 'AAAA':
      return { type: a.type, address: a.data };
    case 'MX':
      return { type: 'MX', preference: a.data.preference ?? 0, exchange: normalizeName(a.data.exchange) };
    case 'TXT': {
      const parts = Array.isArray(a.data) ? a.data : [a.data];
      return { type: 'TXT', strings: parts.map((p) => (typeof p === 'string' ? p : decodeCharString(p))) };
    }
    case 'CNAME':
    case 'NS':
    case 'PTR':
      return { type: a.type, target: normalizeName(a.data) };
    case 'TLSA':
      return { type: 'TLSA', usage: a.data.usage, selector: a.data.selector, matchingType: a.data.matchingType, data: bytesOf(a.data.certificate) };
    case 'SOA':
      return { type: 'SOA', mname: normalizeName(a.data.mname), rname: normalizeName(a.data.rname), serial: a.data.serial ?? 0 };
    case 'CAA':
      return { type: 'CAA', flags: a.data.flags ?? 0, tag: a.data.tag, value: a.data.value };
    case 'DS': {
      const d = a.data;
      const head = Buffer.from([d.keyTag >> 8, d.keyTag & 0xff, d.algorithm, d.digestType]);
      return { type: 'DS', raw: bytesOf(Buffer.concat([head, d.digest])) };
    }
    case 'DNSKEY': {
      const d = a.data;
      const head = Buffer.from([d.flags >> 8, d.flags & 0xff, 3, d.algorithm]);
      return { type: 'DNSKEY', raw: bytesOf(Buffer.concat([head, d.key])) };
    }
    default:
      return undefined;
  }
}
