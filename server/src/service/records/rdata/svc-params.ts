/**
 * SvcParams of SVCB and HTTPS records (RFC 9460 §2.1, §7, §8): `key=value` syntax, known keys
 * or `keyNNNNN`, no duplicates, values per key (port, address hints, mandatory list, ech).
 * A registered key written by number (`key1`) is checked like its name (`alpn`).
 */
import type { OffsetRange, RdataToken } from '../../model';
import { isIPv4, isIPv6 } from '../names';
import { SVC_PARAM_KEYS } from '../rdata-fields';
import { decodeBase64 } from './encodings';
import { parseInRange } from './scalars';
import type { RdataProblem } from './problem';

interface Param {
  /** The key as written (`alpn` or `key1`). */
  readonly key: string;
  /** The registered name of the key (`alpn` for `key1`), or the key as written when unregistered. */
  readonly name: string;
  readonly code: number;
  readonly value: string | undefined;
  readonly keyRange: OffsetRange;
  readonly range: OffsetRange;
}

const KEY_CHARS = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45;
const NO_VALUE: ReadonlySet<string> = new Set(['no-default-alpn', 'ohttp']);
/** Keys whose value may be empty (everything else but NO_VALUE needs one). */
const OPTIONAL_VALUE: ReadonlySet<string> = new Set(['ech', 'docpath']);
/** Keys whose value is a value-list (RFC 9460 Appendix A.1): items may hold `\,` and `\\`. */
const VALUE_LIST: ReadonlySet<string> = new Set(['alpn', 'docpath']);
const KNOWN_LIST = Object.keys(SVC_PARAM_KEYS).join(', ');
const NAME_BY_CODE = new Map<number, string>(Object.entries(SVC_PARAM_KEYS).map(([name, info]) => [info.code, name]));

/** The registered name of a key code (`1` → `alpn`), or undefined when unregistered. */
export function svcKeyName(code: number): string | undefined {
  return NAME_BY_CODE.get(code);
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Resolves the zone-file escapes `\X` and `\DDD` of an unquoted value (RFC 1035 §5.1). */
function unescapeZone(text: string): string {
  if (!text.includes('\\')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '\\' || i + 1 >= text.length) {
      out += c;
    } else if (i + 3 < text.length && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3))) {
      out += String.fromCharCode(Number(text.slice(i + 1, i + 4)) & 0xff);
      i += 3;
    } else {
      out += text[++i]!;
    }
  }
  return out;
}

/**
 * Splits a value-list (RFC 9460 Appendix A.1) at unescaped commas, resolving `\,` and `\\`;
 * returns the offending escape as `bad` when the value holds any other backslash.
 */
export function splitValueList(value: string): { items: string[] } | { bad: string } {
  const items: string[] = [];
  let item = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === ',') {
      items.push(item);
      item = '';
    } else if (c === '\\') {
      const next = value[i + 1];
      if (next !== ',' && next !== '\\') return { bad: `\\${next ?? ''}` };
      item += next;
      i++;
    } else {
      item += c;
    }
  }
  items.push(item);
  return { items };
}

/** The code of a key name (`alpn` → 1, `key667` → 667), or undefined when not a key. */
export function svcKeyCode(key: string): number | undefined {
  const known = SVC_PARAM_KEYS[key];
  if (known) return known.code;
  if (key.startsWith('key') && key.length > 3 && key.length <= 8) {
    const n = parseInRange(key.slice(3), 65535);
    if (n !== undefined && !(key.length > 4 && key[3] === '0')) return n;
  }
  return undefined;
}

const unquote = (text: string) => (text.length >= 2 && text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1) : text);

/** Checks SvcParams given as tokens (each `key`, `key=value` or `key="value"`). */
export function checkSvcParams(tokens: readonly RdataToken[], type: string): RdataProblem[] {
  const problems: RdataProblem[] = [];
  const params: Param[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const raw = t.raw;
    const eq = raw.indexOf('=');
    const key = eq < 0 ? raw : raw.slice(0, eq);
    const keyRange = { start: t.range.start, end: t.range.start + key.length };
    let value: string | undefined = eq < 0 ? undefined : unescapeZone(unquote(raw.slice(eq + 1)));
    let end = t.range.end;
    // `key=` directly followed by a quoted string may reach us as two tokens.
    const next = tokens[i + 1];
    if (eq === raw.length - 1 && next && next.quoted && next.range.start === t.range.end) {
      value = next.cs.value;
      end = next.range.end;
      i++;
    }
    if (t.quoted || key.length === 0) {
      problems.push({ range: t.range, message: `${type} parameter \`${raw}\` has no key; write \`key=value\`, e.g. \`alpn=h2,h3\` or \`port=8443\`.` });
      continue;
    }
    let keyOk = true;
    for (let k = 0; k < key.length; k++) if (!KEY_CHARS(key.charCodeAt(k))) keyOk = false;
    const code = keyOk ? svcKeyCode(key) : undefined;
    if (code === undefined || code === 65535) {
      const hint =
        key === 'echconfig'
          ? '`echconfig` was renamed `ech` (RFC 9460 §14.3.2); write `ech=...`.'
          : `\`${key}\` is not a ${type} SvcParamKey that name servers generally know; use one of ${KNOWN_LIST}, or write the key by number as \`keyNNNNN\` (0–65534), which every server accepts (RFC 9460 §2.1).`;
      problems.push({ range: keyRange, message: hint });
      continue;
    }
    params.push({ key, name: svcKeyName(code) ?? key, code, value, keyRange, range: { start: t.range.start, end } });
  }

  const seen = new Map<number, Param>();
  for (const p of params) {
    if (seen.has(p.code)) {
      problems.push({ range: p.keyRange, message: `SvcParamKey \`${p.key}\` appears twice; each key may appear only once (RFC 9460 §2.2). Remove one or merge the values.` });
      continue;
    }
    seen.set(p.code, p);
    const message = checkValue(p);
    if (message) problems.push({ range: p.range, message });
  }

  const alpn = seen.get(1);
  const noDefault = seen.get(2);
  if (noDefault && !alpn) {
    problems.push({ range: noDefault.keyRange, message: '`no-default-alpn` requires an `alpn` parameter in the same record (RFC 9460 §7.1.1); add e.g. `alpn=h2`.' });
  }
  const mandatory = seen.get(0);
  if (mandatory?.value) {
    for (const item of mandatory.value.split(',')) {
      const code = svcKeyCode(item);
      if (code !== undefined && code !== 0 && !seen.has(code)) {
        problems.push({ range: mandatory.range, message: `\`mandatory\` lists \`${item}\` but the record has no \`${item}\` parameter (RFC 9460 §8); add it or remove it from the list.` });
      }
    }
  }
  return problems;
}

function checkValue(p: Param): string | undefined {
  // A registered key written by number is named in messages as both, e.g. `key1` (`alpn`).
  const shown = p.key === p.name ? `\`${p.key}\`` : `\`${p.key}\` (\`${p.name}\`)`;
  if (NO_VALUE.has(p.name)) {
    return p.value !== undefined ? `${shown} takes no value; write just \`${p.key}\`.` : undefined;
  }
  if (p.value === undefined || p.value.length === 0) {
    if (OPTIONAL_VALUE.has(p.name) || !SVC_PARAM_KEYS[p.name]) return undefined;
    return `${shown} needs a value; write e.g. \`${example(p.name).replace(p.name, p.key)}\`.`;
  }
  let items = p.value.split(',');
  if (VALUE_LIST.has(p.name)) {
    const list = splitValueList(p.value);
    if ('bad' in list) {
      return `${shown} holds the escape \`${list.bad}\`, but inside a value list only \`\\,\` (a comma) and \`\\\\\` (a backslash) may be escaped (RFC 9460 Appendix A.1); remove the backslash, or write \`\\\\\\\\\` in the zone file for a literal backslash.`;
    }
    items = list.items;
  }
  switch (p.name) {
    case 'port':
      return parseInRange(p.value, 65535) === undefined ? `${shown} must be a number 0–65535; write e.g. \`${p.key}=8443\`.` : undefined;
    case 'ipv4hint': {
      const bad = items.find((a) => !isIPv4(a));
      return bad !== undefined ? `${shown} holds \`${bad}\`, which is not an IPv4 address; write comma-separated addresses, e.g. \`${p.key}=192.0.2.1,192.0.2.2\`.` : undefined;
    }
    case 'ipv6hint': {
      const bad = items.find((a) => !isIPv6(a));
      return bad !== undefined ? `${shown} holds \`${bad}\`, which is not an IPv6 address; write comma-separated addresses, e.g. \`${p.key}=2001:db8::1\`.` : undefined;
    }
    case 'mandatory': {
      const listed = new Set<number>();
      for (const item of items) {
        const code = svcKeyCode(item);
        if (code === undefined) return `${shown} lists \`${item}\`, which is not a SvcParamKey; list keys such as \`alpn,port\`.`;
        if (code === 0) return `${shown} must not list itself (RFC 9460 §8); remove \`${item}\` from the list.`;
        if (listed.has(code)) return `${shown} lists \`${item}\` twice; list each key once.`;
        listed.add(code);
      }
      return undefined;
    }
    case 'tls-supported-groups': {
      const bad = items.find((g) => parseInRange(g, 65535) === undefined);
      if (bad !== undefined) return `${shown} holds \`${bad}\`, which is not a group number 0–65535; write e.g. \`${p.key}=29,23\`.`;
      const twice = items.find((g, i) => items.indexOf(g) !== i);
      return twice !== undefined ? `${shown} lists \`${twice}\` twice; list each group once.` : undefined;
    }
    case 'alpn':
      return items.some((a) => a.length === 0) ? `${shown} has an empty protocol id; write comma-separated ids, e.g. \`${p.key}=h2,h3\`.` : undefined;
    case 'ech': {
      const r = decodeBase64([{ text: p.value, range: p.range, exact: false }], shown);
      return 'problem' in r ? r.problem.message : undefined;
    }
    default:
      return undefined;
  }
}

function example(key: string): string {
  switch (key) {
    case 'mandatory':
      return 'mandatory=alpn';
    case 'alpn':
      return 'alpn=h2,h3';
    case 'port':
      return 'port=8443';
    case 'ipv4hint':
      return 'ipv4hint=192.0.2.1';
    case 'ipv6hint':
      return 'ipv6hint=2001:db8::1';
    case 'ech':
      return 'ech=AEn+DQBF...';
    case 'dohpath':
      return 'dohpath=/dns-query{?dns}';
    case 'tls-supported-groups':
      return 'tls-supported-groups=29,23';
    case 'docpath':
      return 'docpath=dns';
    default:
      return `${key}=value`;
  }
}
