/**
 * TLSA records from a PEM certificate chain (RFC 7671 §5.1, RFC 7672 §3.1): `3 1 1` is the
 * SHA-256 of the leaf certificate's SubjectPublicKeyInfo (DANE-EE), `2 1 1` the same for the
 * issuer, the next certificate of the chain (DANE-TA). Node's crypto only; no `vscode`, so it is
 * tested on its own.
 */
import { createHash, X509Certificate } from 'node:crypto';

export interface TlsaCandidate {
  /** 3 (DANE-EE) for the leaf, 2 (DANE-TA) for the issuer. */
  readonly usage: 2 | 3;
  /** `3 1 1 <hex>` / `2 1 1 <hex>`: the RDATA. */
  readonly rdata: string;
  /** Upper-case hex SHA-256 of the SubjectPublicKeyInfo. */
  readonly digest: string;
  readonly subject: string;
  /** When the certificate is no longer valid (ISO date). */
  readonly validTo: string;
}

export interface TlsaFromPem {
  readonly leaf: TlsaCandidate;
  readonly issuer?: TlsaCandidate;
  /** The first DNS name of the leaf's subjectAltName, absolute (`mail.example.com.`), if any. */
  readonly host?: string;
}

const BLOCK = /-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]*?)-----END CERTIFICATE-----/g;

/** The DER of each certificate in a PEM text, in order. */
export function pemCertificates(pem: string): Buffer[] {
  return [...pem.matchAll(BLOCK)].map((m) => Buffer.from(m[1]!.replace(/\s+/g, ''), 'base64'));
}

/** SHA-256 of the certificate's DER SubjectPublicKeyInfo, upper-case hex. */
export function spkiSha256(certificate: X509Certificate): string {
  const spki = certificate.publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('hex').toUpperCase();
}

function candidate(certificate: X509Certificate, usage: 2 | 3): TlsaCandidate {
  const digest = spkiSha256(certificate);
  return { usage, digest, rdata: `${usage} 1 1 ${digest}`, subject: certificate.subject.replace(/\n/g, ', '), validTo: new Date(certificate.validTo).toISOString().slice(0, 10) };
}

/** The TLSA candidates of a PEM chain, or an error that says what is wrong with the file. */
export function tlsaFromPem(pem: string): TlsaFromPem | { error: string } {
  const ders = pemCertificates(pem);
  if (ders.length === 0) return { error: 'The file holds no PEM certificate (-----BEGIN CERTIFICATE-----).' };
  let leaf: X509Certificate;
  let issuer: X509Certificate | undefined;
  try {
    leaf = new X509Certificate(ders[0]!);
    issuer = ders[1] ? new X509Certificate(ders[1]) : undefined;
  } catch (error) {
    return { error: `The certificate cannot be read: ${error instanceof Error ? error.message : String(error)}` };
  }
  const dns = leaf.subjectAltName
    ?.split(',')
    .map((s) => s.trim())
    .find((s) => s.startsWith('DNS:') && !s.includes('*'));
  return {
    leaf: candidate(leaf, 3),
    ...(issuer ? { issuer: candidate(issuer, 2) } : {}),
    ...(dns ? { host: `${dns.slice(4).toLowerCase()}.` } : {}),
  };
}

/** Where and what to insert for a TLSA record, given the cursor line. */
export interface TlsaInsertion {
  /** `cursor`: at the cursor; `next-line`: as a new line after the cursor line. */
  readonly at: 'cursor' | 'next-line';
  /** Snippet text (`$` escaped; the owner of a full record is placeholder 1). */
  readonly snippet: string;
}

const escapeSnippet = (text: string) => text.replace(/[\\$}]/g, (c) => `\\${c}`);

/**
 * The text to insert for `rdata` (`3 1 1 <hex>`; several joined by newlines give several records):
 * after an owner alone on the line, `IN TLSA <rdata>`; on an empty line, a full record whose owner
 * (`_25._tcp.<host>`) is a placeholder; on a line that already holds a record, a full record below.
 */
export function tlsaInsertion(lineBeforeCursor: string, lineAfterCursor: string, rdata: readonly string[], host = 'mail'): TlsaInsertion {
  const owner = `_25._tcp.${host}`;
  const full = rdata.map((r, i) => (i === 0 ? `\${1:${escapeSnippet(owner)}} IN TLSA ${r}` : `\${1} IN TLSA ${r}`)).join('\n');
  const before = lineBeforeCursor;
  if (before.trim() === '' && lineAfterCursor.trim() === '') return { at: 'cursor', snippet: full };
  const ownerOnly = /^[^\s;]+\s*$/.test(before) && lineAfterCursor.trim() === '';
  if (ownerOnly) {
    const sep = /\s$/.test(before) ? '' : ' ';
    const ownerText = before.trim();
    const rest = rdata.slice(1).map((r) => `${escapeSnippet(ownerText)} IN TLSA ${r}`);
    return { at: 'cursor', snippet: [`${sep}IN TLSA ${rdata[0]}`, ...rest].join('\n') };
  }
  return { at: 'next-line', snippet: full };
}
