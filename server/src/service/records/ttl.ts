/**
 * TTL values in zone files: plain seconds (RFC 1035 §5.1) or BIND units `s m h d w` in any
 * case, combinable (`1h30m`, `1W2D`). The largest TTL is 2147483647 (RFC 2181 §8).
 * Linear scan, no regular expressions.
 */

/** The largest TTL a zone may hold (2^31 - 1, RFC 2181 §8). */
export const MAX_TTL = 2147483647;

const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

export type TtlResult = { seconds: number } | { error: string };

/** Parses a TTL as written; the error says what to write instead. */
export function parseTtl(text: string): TtlResult {
  if (text.length === 0) return { error: 'TTL is empty; write a number of seconds such as `3600` or a BIND value such as `1h`.' };
  if (text.length > 63) return { error: 'TTL is too long; write a number of seconds such as `3600` or a BIND value such as `1h`.' };
  let total = 0;
  let i = 0;
  let unitsSeen = false;
  while (i < text.length) {
    const start = i;
    let n = 0;
    while (i < text.length) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
      i++;
    }
    if (i === start) {
      return { error: `TTL \`${text}\` is not a number; write seconds such as \`3600\`, or a number with a unit (s, m, h, d, w) such as \`1h\` or \`1h30m\`.` };
    }
    if (i === text.length) {
      if (unitsSeen) return { error: `TTL \`${text}\` ends in a number without a unit; add one (s, m, h, d, w), e.g. \`${text}s\`.` };
      total = n;
      break;
    }
    const unit = UNIT_SECONDS[text[i]!.toLowerCase()];
    if (unit === undefined) {
      return { error: `TTL \`${text}\` has an unknown unit \`${text[i]}\`; use s, m, h, d or w (e.g. \`1h\`), or plain seconds.` };
    }
    total += n * unit;
    unitsSeen = true;
    i++;
    if (total > MAX_TTL) break;
  }
  if (total > MAX_TTL) {
    return { error: `TTL \`${text}\` is larger than ${MAX_TTL} seconds, the largest TTL allowed (RFC 2181 §8); use a smaller value such as \`1d\`.` };
  }
  return { seconds: total };
}

const UNITS: readonly [number, string][] = [
  [604800, 'week'],
  [86400, 'day'],
  [3600, 'hour'],
  [60, 'minute'],
  [1, 'second'],
];

/** Human form of a number of seconds: `3600` → `1 hour`, `5400` → `1 hour 30 minutes`. */
export function formatTtl(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return `${seconds} seconds`;
  if (seconds === 0) return '0 seconds';
  const parts: string[] = [];
  let rest = Math.floor(seconds);
  for (const [size, name] of UNITS) {
    if (rest >= size) {
      const n = Math.floor(rest / size);
      rest -= n * size;
      parts.push(`${n} ${name}${n === 1 ? '' : 's'}`);
    }
  }
  return parts.join(' ');
}
