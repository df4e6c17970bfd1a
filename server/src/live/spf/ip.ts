/**
 * Client addresses for SPF (RFC 7208 §5): parsing (an IPv4-mapped IPv6 address is an IPv4
 * address, §5), prefix matching (§5.6), and the forms the `i` and `c` macros expand to
 * (§7.3: dotted quad; IPv6 as dot-separated nibbles for `i`, RFC 5952 text for `c`).
 */
import { parseIp4, parseIp6 } from '../../service/policies/spf/parse';

export interface ClientIp {
  readonly family: 4 | 6;
  /** 4 or 16 bytes. */
  readonly bytes: readonly number[];
}

/** The client address, or undefined when the text is not an IP address. */
export function parseClientIp(text: string): ClientIp | undefined {
  const t = text.trim();
  const v4 = parseIp4(t);
  if (v4) return { family: 4, bytes: v4 };
  const v6 = parseIp6(t.toLowerCase());
  if (!v6) return undefined;
  const mapped = v6.slice(0, 10).every((b) => b === 0) && v6[10] === 0xff && v6[11] === 0xff;
  return mapped ? { family: 4, bytes: v6.slice(12) } : { family: 6, bytes: v6 };
}

/** True when the first `prefix` bits of `a` and `b` agree. */
export function inPrefix(a: readonly number[], b: readonly number[], prefix: number): boolean {
  if (a.length !== b.length) return false;
  let bits = prefix;
  for (let i = 0; i < a.length && bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if ((a[i]! & mask) !== (b[i]! & mask)) return false;
  }
  return true;
}

/** The bytes of an address from a DNS answer (A or AAAA), or undefined. */
export function addressBytes(text: string): readonly number[] | undefined {
  return parseIp4(text) ?? parseIp6(text.toLowerCase());
}

/** `%{i}`: dotted quad, or 32 dot-separated nibbles (upper-case hex). */
export function macroI(ip: ClientIp): string {
  if (ip.family === 4) return ip.bytes.join('.');
  const nibbles: string[] = [];
  for (const b of ip.bytes) nibbles.push((b >> 4).toString(16).toUpperCase(), (b & 15).toString(16).toUpperCase());
  return nibbles.join('.');
}

/** `%{c}`: dotted quad, or the RFC 5952 §4 text form (longest zero run compressed, lower case). */
export function macroC(ip: ClientIp): string {
  if (ip.family === 4) return ip.bytes.join('.');
  const words: number[] = [];
  for (let i = 0; i < 16; i += 2) words.push((ip.bytes[i]! << 8) | ip.bytes[i + 1]!);
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = words.map((w) => w.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

/** The reverse-lookup name of the address (RFC 1035 §3.5, RFC 3596 §2.5). */
export function reverseName(ip: ClientIp): string {
  if (ip.family === 4) return `${[...ip.bytes].reverse().join('.')}.in-addr.arpa`;
  return `${macroI(ip).toLowerCase().split('.').reverse().join('.')}.ip6.arpa`;
}
