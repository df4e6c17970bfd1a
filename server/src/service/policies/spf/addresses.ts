/** Address arithmetic for ip4/ip6 terms: network of a prefix, host bits, address counts, text form. */

/** The bytes with every bit beyond `prefix` cleared. */
export function networkOf(bytes: readonly number[], prefix: number): number[] {
  return bytes.map((b, i) => {
    const keep = Math.max(0, Math.min(8, prefix - i * 8));
    return b & ((0xff << (8 - keep)) & 0xff);
  });
}

export function hostBitsSet(bytes: readonly number[], prefix: number): boolean {
  const net = networkOf(bytes, prefix);
  return net.some((b, i) => b !== bytes[i]);
}

export function formatIp4(bytes: readonly number[]): string {
  return bytes.join('.');
}

/** RFC 5952 text form (lower case, longest zero run compressed). */
export function formatIp6(bytes: readonly number[]): string {
  const words: number[] = [];
  for (let i = 0; i < 16; i += 2) words.push((bytes[i]! << 8) | bytes[i + 1]!);
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = words.map((w) => w.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

/** How many addresses a prefix covers, in words (`256 addresses`, `2^64 addresses`). */
export function coverage(family: 4 | 6, prefix: number): string {
  const bits = (family === 4 ? 32 : 128) - prefix;
  if (bits === 0) return 'one address';
  if (bits <= 32) return `${(2 ** bits).toLocaleString('en-US')} addresses`;
  return `2^${bits} addresses`;
}
