/**
 * The fields of a TLSA record (RFC 6698 §2.2) for the TLSA rules, read only when the RDATA is
 * syntactically valid: `zone/invalid-rdata` reports field counts, numbers over 255 and bad hex,
 * and the TLSA rules add the meaning without reporting the same problem again.
 */
import type { OffsetRange, RdataToken, RecordSite } from '../../model';
import { cached } from '../cache';

export interface TlsaFields {
  readonly usage: number;
  readonly selector: number;
  readonly matchingType: number;
  /** The tokens of each field (data may span several). */
  readonly usageToken: RdataToken;
  readonly selectorToken: RdataToken;
  readonly matchingToken: RdataToken;
  readonly dataTokens: readonly RdataToken[];
  /** From the first to the last data token. */
  readonly dataRange: OffsetRange;
  /** The certificate association data. */
  readonly data: Uint8Array;
}

const u8 = (t: RdataToken | undefined): number | undefined => (t && !t.quoted && /^[0-9]{1,3}$/.test(t.raw) && Number(t.raw) <= 255 ? Number(t.raw) : undefined);

/** Decodes hex digits; undefined when a character is not hex or the count is odd. */
export function hexToBytes(hex: string): Uint8Array | undefined {
  if (hex.length % 2 !== 0) return undefined;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = hexValue(hex.charCodeAt(2 * i));
    const lo = hexValue(hex.charCodeAt(2 * i + 1));
    if (hi < 0 || lo < 0) return undefined;
    out[i] = hi * 16 + lo;
  }
  return out;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** The fields of a TLSA record, or undefined when its RDATA is malformed or generic. */
export function tlsaFields(record: RecordSite): TlsaFields | undefined {
  if (record.type !== 'TLSA' || record.generic) return undefined;
  return cached('tlsa-fields', record, () => read(record));
}

function read(record: RecordSite): TlsaFields | undefined {
  const tokens = record.rdata;
  if (tokens.length < 4) return undefined;
  const usage = u8(tokens[0]);
  const selector = u8(tokens[1]);
  const matchingType = u8(tokens[2]);
  if (usage === undefined || selector === undefined || matchingType === undefined) return undefined;
  const dataTokens = tokens.slice(3);
  if (dataTokens.some((t) => t.quoted)) return undefined;
  const data = hexToBytes(dataTokens.map((t) => t.raw).join(''));
  if (!data) return undefined;
  return {
    usage,
    selector,
    matchingType,
    usageToken: tokens[0]!,
    selectorToken: tokens[1]!,
    matchingToken: tokens[2]!,
    dataTokens,
    dataRange: { start: dataTokens[0]!.range.start, end: dataTokens[dataTokens.length - 1]!.range.end },
    data,
  };
}

/** Owner `_<port>._<proto>.<host>` (RFC 6698 §3), lower case. */
export interface TlsaOwner {
  readonly port: string;
  readonly proto: string;
  /** The host, absolute with the trailing dot. */
  readonly host: string;
}

/** Splits a TLSA owner into port, protocol and host; undefined when it does not start `_x._y.`. */
export function tlsaOwner(owner: string): TlsaOwner | undefined {
  const labels = owner.split('.');
  if (labels.length < 3 || !labels[0]!.startsWith('_') || !labels[1]!.startsWith('_')) return undefined;
  return { port: labels[0]!.slice(1), proto: labels[1]!.slice(1), host: labels.slice(2).join('.') || '.' };
}
