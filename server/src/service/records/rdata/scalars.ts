/**
 * Checks of single-token RDATA fields: unsigned numbers (RFC 1035 §3.1 field widths), TTL-style
 * timers, addresses, domain names (RFC 1035 §5.1), DNSSEC algorithm mnemonics (RFC 4034 §A.1)
 * and CAA tags (RFC 8659 §4.1). Each returns a message or undefined.
 */
import { checkName, isIPv4, isIPv6, type NameProblem } from '../names';
import { parseTtl } from '../ttl';
import { DNSSEC_ALGORITHMS } from '../rdata-fields';

/** The value of a decimal number of at most `maxDigits` digits, or undefined when not one. */
export function parseUnsigned(text: string, maxDigits = 10): number | undefined {
  if (text.length === 0 || text.length > maxDigits) return undefined;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    n = n * 10 + d;
  }
  return n;
}

/** The value of a number field in 0..max, or undefined. */
export function parseInRange(text: string, max: number): number | undefined {
  const n = parseUnsigned(text, String(max).length + 5);
  return n !== undefined && n <= max ? n : undefined;
}

export const MAX_BY_KIND = { u8: 255, u16: 65535, u32: 4294967295, serial: 4294967295 } as const;

/** Algorithm mnemonics accepted in place of numbers (RFC 4034 §A.1, IANA registry). */
const ALGORITHM_MNEMONICS: ReadonlySet<string> = new Set([
  'RSAMD5', 'DH', 'DSA', 'RSASHA1', 'DSA-NSEC3-SHA1', 'NSEC3DSA', 'RSASHA1-NSEC3-SHA1', 'NSEC3RSASHA1',
  'RSASHA256', 'RSASHA512', 'ECC-GOST', 'ECCGOST', 'ECDSAP256SHA256', 'ECDSAP384SHA384', 'ED25519', 'ED448',
  'INDIRECT', 'PRIVATEDNS', 'PRIVATEOID',
]);

/** The algorithm number of a DNSSEC algorithm field, or undefined when not recognised. */
export function parseAlgorithm(text: string): number | undefined {
  const n = parseInRange(text, 255);
  if (n !== undefined) return n;
  const upper = text.toUpperCase();
  if (!ALGORITHM_MNEMONICS.has(upper)) return undefined;
  for (const [code, name] of Object.entries(DNSSEC_ALGORITHMS)) {
    if (name.split(' ')[0] === upper) return Number(code);
  }
  return -1;
}

export function checkTimer(text: string): string | undefined {
  const r = parseTtl(text);
  return 'error' in r ? r.error : undefined;
}

export function checkIPv4(text: string): string | undefined {
  if (isIPv4(text)) return undefined;
  if (isIPv6(text)) return `\`${text}\` is an IPv6 address; an A record holds IPv4 only. Publish it as an AAAA record.`;
  return `\`${text}\` is not an IPv4 address; write four numbers 0–255 separated by dots, without leading zeros, e.g. \`192.0.2.1\`.`;
}

export function checkIPv6(text: string): string | undefined {
  if (isIPv6(text)) return undefined;
  if (isIPv4(text)) return `\`${text}\` is an IPv4 address; an AAAA record holds IPv6 only. Publish it as an A record.`;
  return `\`${text}\` is not an IPv6 address; write eight groups of hex digits separated by colons, \`::\` once for zeros, e.g. \`2001:db8::1\`.`;
}

/** Name problems (label and name lengths) relative to the start of the token text. */
export function checkNameField(text: string, origin: string): NameProblem[] {
  if (text.length === 0) return [{ start: 0, end: 0, message: 'Empty domain name; write a host name such as `mail.example.com.` or `.` for the root.' }];
  return checkName(text, origin);
}

/** CAA tag: one or more ASCII letters and digits (RFC 8659 §4.1). */
export function checkCaaTag(text: string): string | undefined {
  if (text.length === 0 || text.length > 255) return `CAA tag must be 1–255 letters and digits; write e.g. \`issue\`, \`issuewild\` or \`iodef\`.`;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!alnum) return `CAA tag \`${text}\` may hold only letters and digits (RFC 8659 §4.1); write e.g. \`issue\`, \`issuewild\` or \`iodef\`.`;
  }
  return undefined;
}
