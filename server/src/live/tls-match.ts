/**
 * Which TLSA records match a certificate chain (RFC 6698 §2.1, RFC 7671 §5, RFC 7672 §3.1):
 * usages 1 and 3 (PKIX-EE, DANE-EE) against the leaf; 0 and 2 (PKIX-TA, DANE-TA) against the
 * issuing certificates; selector 0 the whole certificate, 1 its SubjectPublicKeyInfo; matching
 * type 0 the data itself, 1 SHA-256, 2 SHA-512.
 */
import { createHash, X509Certificate } from 'node:crypto';

export interface TlsaData {
  readonly usage: number;
  readonly selector: number;
  readonly matchingType: number;
  readonly data: Uint8Array;
}

/** What a selector picks from a certificate (DER), or undefined when it cannot be read. */
export function selected(der: Buffer, selector: number): Buffer | undefined {
  if (selector === 0) return der;
  if (selector !== 1) return undefined;
  try {
    return new X509Certificate(der).publicKey.export({ type: 'spki', format: 'der' });
  } catch {
    return undefined;
  }
}

/** The association data a record of this selector and matching type would hold for `der`. */
export function association(der: Buffer, selector: number, matchingType: number): Buffer | undefined {
  const data = selected(der, selector);
  if (!data) return undefined;
  if (matchingType === 0) return data;
  if (matchingType === 1) return createHash('sha256').update(data).digest();
  if (matchingType === 2) return createHash('sha512').update(data).digest();
  return undefined;
}

/** Positions in the chain (0 = leaf) a TLSA record matches. */
export function matchPositions(record: TlsaData, chain: readonly Buffer[]): number[] {
  const positions = record.usage === 1 || record.usage === 3 ? [0] : record.usage === 0 || record.usage === 2 ? chain.map((_, i) => i).slice(1) : [];
  const want = Buffer.from(record.data);
  return positions.filter((i) => {
    const got = association(chain[i]!, record.selector, record.matchingType);
    return got !== undefined && got.equals(want);
  });
}

/** Presentation form of a TLSA record: `3 1 1 ab12...`. */
export function tlsaText(record: TlsaData): string {
  return `${record.usage} ${record.selector} ${record.matchingType} ${Buffer.from(record.data).toString('hex')}`;
}
