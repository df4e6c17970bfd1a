/**
 * Domain names in presentation format (RFC 1035 §5.1): absolute and relative names, `@`,
 * escapes in labels, label and name length limits (RFC 1035 §2.3.4).
 */

/** Makes a name absolute, lower case, with the trailing dot. `@` is the origin. */
export function absoluteName(text: string, origin: string): string {
  if (text === '@') return origin.toLowerCase();
  const lower = text.toLowerCase();
  if (isAbsolute(lower)) return lower;
  if (origin === '.' || origin === '') return `${lower}.`;
  return `${lower}.${origin.toLowerCase()}`;
}

/** True when the name ends in an unescaped dot. */
export function isAbsolute(text: string): boolean {
  if (!text.endsWith('.')) return false;
  let backslashes = 0;
  for (let i = text.length - 2; i >= 0 && text.charCodeAt(i) === 92; i--) backslashes++;
  return backslashes % 2 === 0;
}

/** True when `name` equals `zone` or lies below it (both absolute). */
export function isInZone(name: string, zone: string): boolean {
  if (zone === '.' || name === zone) return true;
  // `name` ends with `.zone`, tested without making that string (it runs once per record).
  return name.length > zone.length && name.charCodeAt(name.length - zone.length - 1) === 46 /* . */ && name.endsWith(zone);
}

/** The labels of a name with their offsets inside the text (escapes kept as written). */
export function splitLabels(text: string): { text: string; start: number; octets: number }[] {
  const labels: { text: string; start: number; octets: number }[] = [];
  if (text === '.' || text === '@') return labels;
  let start = 0;
  let octets = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) {
      const d = text.charCodeAt(i + 1);
      if (d >= 48 && d <= 57 && i + 3 < text.length + 1 && /^[0-9]{3}$/.test(text.slice(i + 1, i + 4))) i += 3;
      else i += 1;
      octets += 1;
    } else if (c === 46 /* . */) {
      labels.push({ text: text.slice(start, i), start, octets });
      start = i + 1;
      octets = 0;
    } else {
      octets += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
  }
  if (start < text.length) labels.push({ text: text.slice(start), start, octets });
  return labels;
}

/** A problem with a name, relative to the start of its text. */
export interface NameProblem {
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

const NO_PROBLEMS: NameProblem[] = [];

/**
 * Fast path without allocation: true when a name without escapes has no empty label, no label
 * over 63 characters, and fits 255 octets with the origin. Anything else takes the full check.
 */
function plainNameIsFine(text: string, origin: string): boolean {
  let label = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 || c >= 0x80) return false;
    if (c === 46) {
      if (label === 0) return false;
      label = 0;
    } else if (++label > 63) return false;
  }
  const absolute = n > 0 && text.charCodeAt(n - 1) === 46;
  const total = n + 1 + (absolute || origin === '.' ? 0 : origin.length);
  return total <= 255;
}

/** Checks label lengths (≤ 63 octets), empty labels and the total length (≤ 255 octets). */
export function checkName(text: string, origin: string): NameProblem[] {
  if (text === '@' || text === '.' || text === '*' || plainNameIsFine(text, origin)) return NO_PROBLEMS;
  const problems: NameProblem[] = [];
  const labels = splitLabels(text);
  let total = 1;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    if (label.octets === 0) {
      problems.push({ start: Math.max(0, label.start - 1), end: label.start + 1, message: 'Empty label (two dots in a row, or a leading dot): remove the extra dot.' });
    } else if (label.octets > 63) {
      problems.push({
        start: label.start,
        end: label.start + label.text.length,
        message: `Label is ${label.octets} octets long; a label may hold at most 63 (RFC 1035 §2.3.4). Shorten it.`,
      });
    }
    total += label.octets + 1;
  }
  if (!isAbsolute(text) && origin !== '.') {
    for (const l of splitLabels(origin)) total += l.octets + 1;
  }
  if (total > 255) {
    problems.push({
      start: 0,
      end: text.length,
      message: `Name is ${total} octets long in wire format; a name may hold at most 255 (RFC 1035 §2.3.4). Shorten it.`,
    });
  }
  return problems;
}

/** True when `text[start, end)` is an IPv4 dotted quad without leading zeros. */
function isIPv4Span(text: string, start: number, end: number): boolean {
  let parts = 0;
  let i = start;
  while (i <= end) {
    let value = 0;
    let digits = 0;
    const first = i;
    while (i < end) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      value = value * 10 + d;
      digits++;
      i++;
    }
    if (digits === 0 || digits > 3 || value > 255 || (digits > 1 && text.charCodeAt(first) === 48)) return false;
    parts++;
    if (i === end) return parts === 4;
    if (text.charCodeAt(i) !== 46 || parts === 4) return false;
    i++;
  }
  return false;
}

/** True when the text is an IPv4 dotted quad. */
export function isIPv4(text: string): boolean {
  return isIPv4Span(text, 0, text.length);
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** True when the text is an IPv6 address (RFC 4291 §2.2), with an optional embedded IPv4 tail. */
export function isIPv6(text: string): boolean {
  const n = text.length;
  if (n < 2 || n > 45) return false;
  let groups = 0;
  let doubleColon = false;
  let i = 0;
  if (text.charCodeAt(0) === 58) {
    if (text.charCodeAt(1) !== 58) return false;
    doubleColon = true;
    i = 2;
    if (i === n) return true;
  }
  while (i < n) {
    const groupStart = i;
    let digits = 0;
    while (i < n && isHex(text.charCodeAt(i))) {
      digits++;
      i++;
    }
    if (i < n && text.charCodeAt(i) === 46) {
      // An IPv4 tail takes the last two groups.
      if (!isIPv4Span(text, groupStart, n)) return false;
      groups += 2;
      i = n;
      break;
    }
    if (digits === 0 || digits > 4) return false;
    groups++;
    if (i === n) break;
    if (text.charCodeAt(i) !== 58) return false;
    i++;
    if (i < n && text.charCodeAt(i) === 58) {
      if (doubleColon) return false;
      doubleColon = true;
      i++;
      if (i === n) break;
    } else if (i === n) {
      return false;
    }
  }
  return doubleColon ? groups <= 7 : groups === 8;
}
