/**
 * A structural DER check (ITU-T X.690 §10) of TLSA "Full" association data (RFC 6698 §2.1.3):
 * selector 0 must be an X.509 certificate (RFC 5280 §4.1), selector 1 a SubjectPublicKeyInfo
 * (RFC 5280 §4.1.2.7). Reads tags and lengths only; no cryptography, never throws.
 */

interface Tlv {
  readonly tag: number;
  /** Offset of the tag, of the contents, and just after the element. */
  readonly start: number;
  readonly contentStart: number;
  readonly end: number;
}

type Read = { tlv: Tlv } | { error: string };

const SEQUENCE = 0x30;
const INTEGER = 0x02;
const BIT_STRING = 0x03;
const OID = 0x06;
const CONTEXT_0 = 0xa0;

/** Reads one element at `at` that must end by `limit`. */
function readTlv(data: Uint8Array, at: number, limit: number): Read {
  if (at >= limit) return { error: `the data ends at byte ${at} where an element was expected` };
  const tag = data[at]!;
  if ((tag & 0x1f) === 0x1f) return { error: `byte ${at}: multi-byte tags do not occur in certificates` };
  if (at + 1 >= limit) return { error: `byte ${at}: the data ends inside an element header` };
  let length = data[at + 1]!;
  let contentStart = at + 2;
  if (length === 0x80) return { error: `byte ${at + 1}: indefinite length is not allowed in DER` };
  if (length > 0x80) {
    const n = length & 0x7f;
    if (n > 4) return { error: `byte ${at + 1}: a length of ${n} octets is too long` };
    if (contentStart + n > limit) return { error: `byte ${at + 1}: the data ends inside a length` };
    length = 0;
    for (let i = 0; i < n; i++) length = length * 256 + data[contentStart + i]!;
    contentStart += n;
  }
  const end = contentStart + length;
  if (end > limit) return { error: `byte ${at}: an element of ${length} octets runs past the end of the data (truncated?)` };
  return { tlv: { tag, start: at, contentStart, end } };
}

/** Reads the children of a constructed element, expecting the given tags (undefined = any). */
function children(data: Uint8Array, parent: Tlv): Tlv[] | string {
  const out: Tlv[] = [];
  let at = parent.contentStart;
  while (at < parent.end) {
    const r = readTlv(data, at, parent.end);
    if ('error' in r) return r.error;
    out.push(r.tlv);
    at = r.tlv.end;
  }
  return out;
}

function whole(data: Uint8Array, what: string): Tlv | string {
  if (data.length === 0) return `the data is empty; it must be a DER ${what}`;
  const r = readTlv(data, 0, data.length);
  if ('error' in r) return r.error;
  if (r.tlv.tag !== SEQUENCE) return `it starts with tag 0x${r.tlv.tag.toString(16).padStart(2, '0')}, not a SEQUENCE (0x30), so it is not a DER ${what}`;
  if (r.tlv.end !== data.length) return `${data.length - r.tlv.end} extra octet(s) follow the ${what} at byte ${r.tlv.end}`;
  return r.tlv;
}

function checkSpkiElement(data: Uint8Array, spki: Tlv): string | undefined {
  const parts = children(data, spki);
  if (typeof parts === 'string') return parts;
  if (parts.length !== 2) return `a SubjectPublicKeyInfo has 2 parts (algorithm, public key) but this has ${parts.length}`;
  const [alg, key] = parts as [Tlv, Tlv];
  if (alg.tag !== SEQUENCE) return 'the algorithm of the SubjectPublicKeyInfo is not a SEQUENCE';
  const algParts = children(data, alg);
  if (typeof algParts === 'string') return algParts;
  if (algParts.length < 1 || algParts[0]!.tag !== OID) return 'the algorithm of the SubjectPublicKeyInfo does not start with an OBJECT IDENTIFIER';
  if (key.tag !== BIT_STRING) return 'the public key of the SubjectPublicKeyInfo is not a BIT STRING';
  if (key.end === key.contentStart) return 'the public key BIT STRING is empty';
  return undefined;
}

/** Undefined when `data` is a DER SubjectPublicKeyInfo, else what is wrong. */
export function checkSpki(data: Uint8Array): string | undefined {
  const top = whole(data, 'SubjectPublicKeyInfo');
  if (typeof top === 'string') return top;
  return checkSpkiElement(data, top);
}

/** Undefined when `data` is a DER X.509 certificate (structure only), else what is wrong. */
export function checkCertificate(data: Uint8Array): string | undefined {
  const top = whole(data, 'certificate');
  if (typeof top === 'string') return top;
  const parts = children(data, top);
  if (typeof parts === 'string') return parts;
  if (parts.length !== 3) return `a certificate has 3 parts (to-be-signed certificate, signature algorithm, signature) but this has ${parts.length}`;
  const [tbs, sigAlg, sig] = parts as [Tlv, Tlv, Tlv];
  if (tbs.tag !== SEQUENCE || sigAlg.tag !== SEQUENCE || sig.tag !== BIT_STRING) return 'the parts of the certificate are not SEQUENCE, SEQUENCE, BIT STRING';
  const fields = children(data, tbs);
  if (typeof fields === 'string') return fields;
  let i = fields[0]?.tag === CONTEXT_0 ? 1 : 0;
  const expect: readonly [number, string][] = [
    [INTEGER, 'serial number'],
    [SEQUENCE, 'signature algorithm'],
    [SEQUENCE, 'issuer'],
    [SEQUENCE, 'validity'],
    [SEQUENCE, 'subject'],
    [SEQUENCE, 'subject public key info'],
  ];
  for (const [tag, name] of expect) {
    const f = fields[i];
    if (!f) return `the certificate ends before its ${name}`;
    if (f.tag !== tag) return `the certificate's ${name} has tag 0x${f.tag.toString(16).padStart(2, '0')}, not 0x${tag.toString(16).padStart(2, '0')}`;
    if (name === 'subject public key info') {
      const problem = checkSpkiElement(data, f);
      if (problem) return problem;
    }
    i++;
  }
  return undefined;
}
