/**
 * DKIM public keys (RFC 6376 §3.6.1, RFC 8463 §4): base64 with whitespace allowed between
 * characters, and a small pure DER reader for SubjectPublicKeyInfo (RFC 5280 §4.1.2.7), bare
 * PKCS#1 RSAPublicKey (RFC 8017 §A.1.1) and raw 32-byte Ed25519 keys. Never throws.
 */

/** Why base64 text does not decode. `offset` is an index into the text given. */
export interface Base64Problem {
  readonly kind: 'bad-char' | 'bad-padding' | 'bad-length';
  readonly offset: number;
  readonly end: number;
}

export type Base64Result = { readonly bytes: Uint8Array } | { readonly problem: Base64Problem };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

/** Whitespace that RFC 6376 allows inside a base64string (FWS). */
export function isKeySpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10;
}

/** Decodes base64 (RFC 4648 §4, padding required), skipping whitespace anywhere. */
export function decodeBase64(text: string): Base64Result {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
  let n = 0;
  let acc = 0;
  let bits = 0;
  let chars = 0;
  let pad = 0;
  let padAt = -1;
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isKeySpace(c)) continue;
    if (c === 61 /* = */) {
      if (pad === 0) padAt = i;
      pad++;
      last = i;
      continue;
    }
    const v = c < 128 ? DECODE[c]! : -1;
    if (v < 0) return { problem: { kind: 'bad-char', offset: i, end: i + (c >= 0xd800 && c <= 0xdbff ? 2 : 1) } };
    if (pad > 0) return { problem: { kind: 'bad-padding', offset: padAt, end: padAt + 1 } };
    acc = (acc << 6) | v;
    bits += 6;
    chars++;
    last = i;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
      acc &= (1 << bits) - 1;
    }
  }
  if (chars % 4 === 1) return { problem: { kind: 'bad-length', offset: Math.max(0, last), end: last + 1 } };
  const need = (4 - (chars % 4)) % 4;
  if (pad !== need) {
    const at = padAt >= 0 ? padAt : Math.max(0, last);
    return { problem: { kind: 'bad-padding', offset: at, end: padAt >= 0 ? last + 1 : at + 1 } };
  }
  return { bytes: out.subarray(0, n) };
}

/** Encodes bytes as base64 with padding. */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[v >> 18]! + ALPHABET[(v >> 12) & 63]! + ALPHABET[(v >> 6) & 63]! + ALPHABET[v & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const v = bytes[i]! << 16;
    out += `${ALPHABET[v >> 18]!}${ALPHABET[(v >> 12) & 63]!}==`;
  } else if (rest === 2) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += `${ALPHABET[v >> 18]!}${ALPHABET[(v >> 12) & 63]!}${ALPHABET[(v >> 6) & 63]!}=`;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// DER

/** One DER element: tag, where its contents are, where the next element starts. */
interface Tlv {
  readonly tag: number;
  readonly start: number;
  readonly end: number;
}

/** A DER problem: the data ends early, has bytes after the structure, or is not what was expected. */
export class DerError {
  constructor(
    readonly kind: 'truncated' | 'trailing' | 'structure',
    readonly detail: string,
  ) {}
}

function readTlv(bytes: Uint8Array, pos: number, limit: number): Tlv | DerError {
  if (pos >= limit) return new DerError('truncated', 'the data ends where an element should start');
  const tag = bytes[pos]!;
  if ((tag & 0x1f) === 0x1f) return new DerError('structure', 'a multi-byte tag is not part of a public key');
  if (pos + 1 >= limit) return new DerError('truncated', 'the data ends inside an element header');
  let len = bytes[pos + 1]!;
  let start = pos + 2;
  if (len === 0x80) return new DerError('structure', 'an indefinite length is not DER');
  if (len > 0x80) {
    const count = len & 0x7f;
    if (count > 4) return new DerError('structure', 'an element length is implausibly large');
    if (start + count > limit) return new DerError('truncated', 'the data ends inside an element length');
    len = 0;
    for (let k = 0; k < count; k++) len = len * 256 + bytes[start + k]!;
    start += count;
  }
  if (start + len > limit) return new DerError('truncated', `an element announces ${len} bytes but only ${limit - start} follow`);
  return { tag, start, end: start + len };
}

function expect(bytes: Uint8Array, pos: number, limit: number, tag: number, what: string): Tlv | DerError {
  const tlv = readTlv(bytes, pos, limit);
  if (tlv instanceof DerError) return tlv;
  if (tlv.tag !== tag) return new DerError('structure', `expected ${what}`);
  return tlv;
}

/** Dotted form of an OBJECT IDENTIFIER's contents. */
function oidText(bytes: Uint8Array, start: number, end: number): string {
  const parts: number[] = [];
  let v = 0;
  for (let i = start; i < end; i++) {
    v = v * 128 + (bytes[i]! & 0x7f);
    if ((bytes[i]! & 0x80) === 0) {
      if (parts.length === 0) parts.push(v < 80 ? Math.floor(v / 40) : 2, v < 80 ? v % 40 : v - 80);
      else parts.push(v);
      v = 0;
    }
  }
  return parts.join('.');
}

export const OID_RSA = '1.2.840.113549.1.1.1';
export const OID_ED25519 = '1.3.101.112';

const KEY_NAMES: Readonly<Record<string, string>> = {
  [OID_RSA]: 'RSA',
  '1.2.840.113549.1.1.10': 'RSASSA-PSS',
  [OID_ED25519]: 'Ed25519',
  '1.3.101.113': 'Ed448',
  '1.3.101.110': 'X25519',
  '1.3.101.111': 'X448',
  '1.2.840.10045.2.1': 'EC',
  '1.2.840.10040.4.1': 'DSA',
};

/** An RSA public key's facts. */
export interface RsaFacts {
  /** Modulus size in bits (leading zero octets stripped). */
  readonly bits: number;
  /** The public exponent in decimal. */
  readonly exponent: string;
  /** Why the numbers cannot be a working key, if they cannot. */
  readonly flaw?: string;
}

function integer(bytes: Uint8Array, tlv: Tlv): { value: Uint8Array; negative: boolean } {
  const value = bytes.subarray(tlv.start, tlv.end);
  return { value, negative: value.length > 0 && (value[0]! & 0x80) !== 0 };
}

function bitLength(value: Uint8Array): number {
  let i = 0;
  while (i < value.length && value[i] === 0) i++;
  if (i === value.length) return 0;
  let top = value[i]!;
  let b = 0;
  while (top > 0) {
    b++;
    top >>= 1;
  }
  return (value.length - i - 1) * 8 + b;
}

function decimal(value: Uint8Array): string {
  // Small exponents are the norm; long ones are shown in hex.
  let i = 0;
  while (i < value.length && value[i] === 0) i++;
  if (value.length - i > 6) {
    let hex = '0x';
    for (let k = i; k < value.length; k++) hex += value[k]!.toString(16).padStart(2, '0');
    return hex;
  }
  let n = 0;
  for (let k = i; k < value.length; k++) n = n * 256 + value[k]!;
  return String(n);
}

/** Reads RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER } filling `[pos, limit)` exactly. */
export function readRsaPublicKey(bytes: Uint8Array, pos: number, limit: number): RsaFacts | DerError {
  const seq = expect(bytes, pos, limit, 0x30, 'an RSAPublicKey SEQUENCE');
  if (seq instanceof DerError) return seq;
  if (seq.end < limit) return new DerError('trailing', `${limit - seq.end} bytes follow the RSA key`);
  const n = expect(bytes, seq.start, seq.end, 0x02, 'the modulus INTEGER');
  if (n instanceof DerError) return n;
  const e = expect(bytes, n.end, seq.end, 0x02, 'the public exponent INTEGER');
  if (e instanceof DerError) return e;
  if (e.end < seq.end) return new DerError('trailing', 'the RSA key holds more than a modulus and an exponent');
  const modulus = integer(bytes, n);
  const exponent = integer(bytes, e);
  const bits = bitLength(modulus.value);
  const facts = { bits, exponent: decimal(exponent.value) };
  if (modulus.negative || bits === 0) return { ...facts, flaw: 'its modulus is not a positive number' };
  if (exponent.negative || exponent.value.length === 0 || (exponent.value[exponent.value.length - 1]! & 1) === 0 || bitLength(exponent.value) < 2) {
    return { ...facts, flaw: `its public exponent ${facts.exponent} is not an odd number of at least 3` };
  }
  if ((modulus.value[modulus.value.length - 1]! & 1) === 0) return { ...facts, flaw: 'its modulus is even' };
  return facts;
}

/** What a SubjectPublicKeyInfo holds. */
export interface SpkiFacts {
  readonly oid: string;
  /** A readable name for the algorithm (`RSA`, `Ed25519`, `EC`...), or the OID. */
  readonly algorithm: string;
  /** The subjectPublicKey BIT STRING contents (without the unused-bits octet). */
  readonly key: Uint8Array;
  /** Offset of `key` inside the data. */
  readonly keyStart: number;
}

/** Reads SubjectPublicKeyInfo ::= SEQUENCE { SEQUENCE { OID, params }, BIT STRING } filling `bytes` exactly. */
export function readSpki(bytes: Uint8Array): SpkiFacts | DerError {
  const seq = expect(bytes, 0, bytes.length, 0x30, 'a SubjectPublicKeyInfo SEQUENCE');
  if (seq instanceof DerError) return seq;
  const alg = expect(bytes, seq.start, seq.end, 0x30, 'an AlgorithmIdentifier SEQUENCE');
  if (alg instanceof DerError) return alg;
  const oid = expect(bytes, alg.start, alg.end, 0x06, 'an algorithm OBJECT IDENTIFIER');
  if (oid instanceof DerError) return oid;
  const bits = expect(bytes, alg.end, seq.end, 0x03, 'the subjectPublicKey BIT STRING');
  if (bits instanceof DerError) return bits;
  if (bits.end < seq.end) return new DerError('trailing', 'the SubjectPublicKeyInfo holds more than an algorithm and a key');
  if (bits.start >= bits.end || bytes[bits.start] !== 0) return new DerError('structure', 'the key BIT STRING does not hold whole octets');
  if (seq.end < bytes.length) return new DerError('trailing', `${bytes.length - seq.end} bytes follow the SubjectPublicKeyInfo`);
  const id = oidText(bytes, oid.start, oid.end);
  return { oid: id, algorithm: KEY_NAMES[id] ?? id, key: bytes.subarray(bits.start + 1, bits.end), keyStart: bits.start + 1 };
}

/** A decoded key, as a verifier of key type `k` would see it. */
export type KeyReading =
  /** An RSA key; `format` says whether it was wrapped in SubjectPublicKeyInfo as verifiers expect. */
  | { readonly type: 'rsa'; readonly format: 'spki' | 'pkcs1'; readonly rsa: RsaFacts }
  /** An Ed25519 key: raw 32 bytes as RFC 8463 §4 asks, or wrapped in SubjectPublicKeyInfo. */
  | { readonly type: 'ed25519'; readonly format: 'raw' | 'spki'; readonly raw: Uint8Array }
  /** A SubjectPublicKeyInfo of an algorithm DKIM has no key type for (EC, DSA, Ed448...). */
  | { readonly type: 'other'; readonly algorithm: string; readonly oid: string }
  /** Data that is no key the reader knows: why, and its length. */
  | { readonly type: 'invalid'; readonly error: DerError; readonly length: number };

/** Raw bytes that are probably an Ed25519 key (32 bytes that do not read as DER). */
export function looksRawEd25519(bytes: Uint8Array): boolean {
  return bytes.length === 32 && readSpki(bytes) instanceof DerError;
}

/**
 * Reads key bytes for key type `k` (`rsa` or `ed25519`, lower case). For `rsa`: SubjectPublicKeyInfo,
 * else a bare PKCS#1 RSAPublicKey, else 32 raw bytes (an Ed25519 key). For `ed25519`: 32 raw bytes,
 * else a SubjectPublicKeyInfo (of any algorithm).
 */
export function readKey(bytes: Uint8Array, k: 'rsa' | 'ed25519'): KeyReading {
  if (k === 'ed25519' && bytes.length === 32) return { type: 'ed25519', format: 'raw', raw: bytes };
  const spki = readSpki(bytes);
  if (!(spki instanceof DerError)) {
    if (spki.oid === OID_RSA) {
      const rsa = readRsaPublicKey(bytes, spki.keyStart, spki.keyStart + spki.key.length);
      if (rsa instanceof DerError) return { type: 'invalid', error: rsa, length: bytes.length };
      return { type: 'rsa', format: 'spki', rsa };
    }
    if (spki.oid === OID_ED25519) {
      if (spki.key.length !== 32) return { type: 'invalid', error: new DerError('structure', `the Ed25519 key is ${spki.key.length} bytes, not 32`), length: bytes.length };
      return { type: 'ed25519', format: 'spki', raw: spki.key };
    }
    return { type: 'other', algorithm: spki.algorithm, oid: spki.oid };
  }
  // Not SubjectPublicKeyInfo: a bare RSAPublicKey?
  const pkcs1 = readRsaPublicKey(bytes, 0, bytes.length);
  if (!(pkcs1 instanceof DerError)) return { type: 'rsa', format: 'pkcs1', rsa: pkcs1 };
  if (bytes.length === 32) return { type: 'ed25519', format: 'raw', raw: bytes };
  // Report the SubjectPublicKeyInfo problem unless the data clearly started as a bare key.
  const looksPkcs1 = bytes.length > 4 && bytes[0] === 0x30 && readSpkiStart(bytes);
  return { type: 'invalid', error: looksPkcs1 ? pkcs1 : spki, length: bytes.length };
}

/** True when the data starts SEQUENCE { INTEGER: a bare RSAPublicKey rather than SubjectPublicKeyInfo. */
function readSpkiStart(bytes: Uint8Array): boolean {
  const seq = readTlv(bytes, 0, bytes.length);
  const start = seq instanceof DerError ? (bytes[1]! & 0x80 ? 2 + (bytes[1]! & 0x7f) : 2) : seq.start;
  return bytes[start] === 0x02;
}

/** DER of a length. */
function derLength(n: number): number[] {
  if (n < 0x80) return [n];
  const out: number[] = [];
  while (n > 0) {
    out.unshift(n & 0xff);
    n = Math.floor(n / 256);
  }
  return [0x80 | out.length, ...out];
}

/** Wraps a bare PKCS#1 RSAPublicKey in a SubjectPublicKeyInfo (rsaEncryption, NULL parameters). */
export function wrapRsaInSpki(pkcs1: Uint8Array): Uint8Array {
  const algorithm = [0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00];
  const bitString = [0x03, ...derLength(pkcs1.length + 1), 0x00];
  const inner = algorithm.length + bitString.length + pkcs1.length;
  const head = [0x30, ...derLength(inner), ...algorithm, ...bitString];
  const out = new Uint8Array(head.length + pkcs1.length);
  out.set(head, 0);
  out.set(pkcs1, head.length);
  return out;
}

/** A short description of a key reading: `RSA 2048-bit`, `Ed25519`, `EC`. */
export function describeKey(reading: KeyReading): string {
  switch (reading.type) {
    case 'rsa':
      return `RSA ${reading.rsa.bits}-bit`;
    case 'ed25519':
      return 'Ed25519';
    case 'other':
      return reading.algorithm;
    default:
      return 'not a key';
  }
}
