/**
 * MX patterns of an MTA-STS policy (RFC 8461 §3.2 `sts-policy-mx-value = ["*."] Domain`, §4.1):
 * syntax check, and matching of an MX host against a pattern. A wildcard is the whole leftmost
 * label and stands for exactly one label. Names compare case-insensitively as A-labels, so
 * `ñaca.com` and `xn--aca-6ma.com` are the same name (RFC 5890 §2.3.2.1).
 */

export interface PatternProblem {
  /** Offsets inside the pattern text. */
  readonly start: number;
  readonly end: number;
  readonly message: string;
  /** The pattern as it should be written, when the fix is certain. */
  readonly replacement?: string;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The first problem with a pattern, or undefined when it is a valid `["*."] Domain`. */
export function checkMxPattern(pattern: string): PatternProblem | undefined {
  if (pattern.endsWith('.') && pattern.length > 1 && !pattern.endsWith('..')) {
    const inner = checkMxPattern(pattern.slice(0, -1));
    if (!inner) {
      return {
        start: pattern.length - 1,
        end: pattern.length,
        message: `The pattern \`${pattern}\` ends in a dot; policy patterns are written without the root dot (RFC 8461 §3.2), and a sender that compares them literally never matches. Remove the dot.`,
        replacement: pattern.slice(0, -1),
      };
    }
  }
  const wildcard = pattern.startsWith('*.');
  const body = wildcard ? pattern.slice(2) : pattern;
  const offset = wildcard ? 2 : 0;
  const star = pattern.indexOf('*', wildcard ? 1 : 0);
  if (star >= 0) {
    return {
      start: star,
      end: star + 1,
      message: `\`*\` in \`${pattern}\` is not allowed there: a wildcard must be the whole leftmost label (\`*.example.com\`) and stands for exactly one label (RFC 8461 §4.1). Write each host name, or \`*.\` and the domain.`,
    };
  }
  if (body.length === 0) {
    return { start: 0, end: pattern.length, message: `\`${pattern}\` names no domain; write a host name such as \`mail.example.com\` or a wildcard such as \`*.example.com\` (RFC 8461 §3.2).` };
  }
  if (body.length > 253) return { start: 0, end: pattern.length, message: `\`${pattern}\` is longer than a domain name can be (253 characters); correct the pattern.` };
  const labels = body.split('.');
  let at = offset;
  for (const label of labels) {
    if (label.length === 0) return { start: Math.max(0, at - 1), end: Math.min(pattern.length, at + 1), message: `\`${pattern}\` has an empty label (two dots, or a dot at the start); write a host name such as \`mail.example.com\` (RFC 8461 §3.2).` };
    if (label.length > 63) return { start: at, end: at + label.length, message: `The label \`${label.slice(0, 20)}…\` is longer than 63 characters, so no host name can match it; correct the pattern.` };
    for (let i = 0; i < label.length; i++) {
      const c = label.charCodeAt(i);
      const ok = isLetter(c) || isDigit(c) || c > 127 || (c === 45 && i > 0 && i < label.length - 1);
      if (!ok) {
        const what = c === 45 ? 'a label cannot start or end with `-`' : `\`${label[i]}\` is not allowed in a host name`;
        return { start: at + i, end: at + i + 1, message: `\`${pattern}\` is not a host name: ${what}. Patterns are host names with letters, digits and inner hyphens, optionally after \`*.\` (RFC 8461 §3.2).` };
      }
    }
    at += label.length + 1;
  }
  const last = labels[labels.length - 1]!;
  if (labels.length > 1 && [...last].every((ch) => isDigit(ch.charCodeAt(0)))) {
    return {
      start: 0,
      end: pattern.length,
      message: `\`${pattern}\` looks like an IP address; MX hosts are matched by name, never by address (RFC 8461 §4.1). Write the host name of the MX.`,
    };
  }
  return undefined;
}

/** A host name or pattern in comparable form: A-labels, lower case, no trailing dot. */
export function normalizeHost(name: string): string {
  const trimmed = name.endsWith('.') ? name.slice(0, -1) : name;
  return trimmed
    .split('.')
    .map((label) => toALabel(label))
    .join('.');
}

/** True when the MX host matches the pattern (RFC 8461 §4.1): exact, or `*.` plus one label. */
export function mxMatches(host: string, pattern: string): boolean {
  const h = normalizeHost(host);
  const p = normalizeHost(pattern);
  if (p.startsWith('*.')) {
    const dot = h.indexOf('.');
    return dot > 0 && h.slice(dot + 1) === p.slice(2);
  }
  return h === p;
}

/** One label as an A-label in lower case; ASCII labels are only lower-cased. */
export function toALabel(label: string): string {
  let ascii = true;
  for (let i = 0; i < label.length; i++) if (label.charCodeAt(i) > 127) ascii = false;
  if (ascii) return label.toLowerCase();
  const encoded = punycodeEncode(label.normalize('NFC').toLowerCase());
  return encoded === undefined ? label.toLowerCase() : `xn--${encoded}`;
}

/** Punycode (RFC 3492 §6.3) of a string of code points; undefined on overflow. */
export function punycodeEncode(input: string): string | undefined {
  const base = 36;
  const tMin = 1;
  const tMax = 26;
  const skew = 38;
  const damp = 700;
  const codePoints = Array.from(input, (ch) => ch.codePointAt(0)!);
  const digit = (d: number) => String.fromCharCode(d < 26 ? 97 + d : 22 + d);
  const adapt = (delta: number, points: number, first: boolean) => {
    let d = first ? Math.floor(delta / damp) : delta >> 1;
    d += Math.floor(d / points);
    let k = 0;
    while (d > ((base - tMin) * tMax) >> 1) {
      d = Math.floor(d / (base - tMin));
      k += base;
    }
    return k + Math.floor(((base - tMin + 1) * d) / (d + skew));
  };
  let output = codePoints.filter((c) => c < 128).map((c) => String.fromCharCode(c)).join('');
  const basic = output.length;
  let handled = basic;
  if (basic > 0) output += '-';
  let n = 128;
  let delta = 0;
  let bias = 72;
  while (handled < codePoints.length) {
    let m = Number.MAX_SAFE_INTEGER;
    for (const c of codePoints) if (c >= n && c < m) m = c;
    delta += (m - n) * (handled + 1);
    if (delta > 0x7fffffff) return undefined;
    n = m;
    for (const c of codePoints) {
      if (c < n) delta++;
      if (c === n) {
        let q = delta;
        for (let k = base; ; k += base) {
          const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
          if (q < t) break;
          output += digit(t + ((q - t) % (base - t)));
          q = Math.floor((q - t) / (base - t));
        }
        output += digit(q);
        bias = adapt(delta, handled + 1, handled === basic);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return output;
}
