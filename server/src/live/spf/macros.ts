/**
 * Macro expansion (RFC 7208 §7): letters s l o d i p h v, and c r t in explanation text;
 * the transformers (digits, `r`) and delimiters (§7.3); upper-case letters URL-escaped
 * (§7.3, RFC 3986 unreserved kept); `%%`, `%_`, `%-` (§7.1). A domain-spec result has its
 * trailing dot removed and is cut from the left to 253 characters (§7.3); explanation text
 * keeps its dots.
 */
import type { MacroExpand, MacroString } from '../../service/policies/spf/parse';
import { macroC, macroI, type ClientIp } from './ip';

export interface MacroContext {
  readonly ip: ClientIp;
  /** `<sender>` (local-part@domain). */
  readonly sender: string;
  readonly local: string;
  readonly senderDomain: string;
  /** The current `<domain>`. */
  readonly domain: string;
  readonly helo: string;
  readonly receiver: string;
  /** Seconds since the epoch. */
  readonly now: number;
  /** `%{p}`: the validated domain name of the client (§5.5), computed only when used. */
  validatedName(domain: string): Promise<string>;
}

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/** RFC 3986 percent-encoding of everything but unreserved characters (UTF-8 above U+00FF). */
export function urlEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    if (UNRESERVED.test(ch)) out += ch;
    else {
      const code = ch.codePointAt(0)!;
      const bytes = code <= 0xff ? [code] : [...Buffer.from(ch, 'utf8')];
      for (const b of bytes) out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    }
  }
  return out;
}

async function letterValue(letter: string, ctx: MacroContext): Promise<string> {
  switch (letter) {
    case 's':
      return ctx.sender;
    case 'l':
      return ctx.local;
    case 'o':
      return ctx.senderDomain;
    case 'd':
      return ctx.domain;
    case 'i':
      return macroI(ctx.ip);
    case 'p':
      return ctx.validatedName(ctx.domain);
    case 'v':
      return ctx.ip.family === 4 ? 'in-addr' : 'ip6';
    case 'h':
      return ctx.helo;
    case 'c':
      return macroC(ctx.ip);
    case 'r':
      return ctx.receiver;
    case 't':
      return String(ctx.now);
    default:
      return '';
  }
}

/** Applies the transformers and delimiters of §7.3 to a macro's value. */
export function transform(value: string, macro: MacroExpand): string {
  const delimiters = macro.delimiters ?? '.';
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    if (delimiters.includes(value[i]!)) {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  if (macro.reverse) parts.reverse();
  const kept = macro.digits !== undefined && macro.digits < parts.length ? parts.slice(parts.length - macro.digits) : parts;
  const joined = kept.join('.');
  const upper = macro.written !== undefined && macro.written !== macro.written.toLowerCase();
  return upper ? urlEscape(joined) : joined;
}

/** Expands a parsed macro-string whose offsets index `source`. */
export async function expandMacroString(source: string, spec: MacroString, ctx: MacroContext): Promise<string> {
  let out = '';
  let at = spec.start;
  for (const m of spec.macros) {
    out += source.slice(at, m.start);
    at = m.end;
    if (!m.braced) out += m.letter === '%' ? '%' : m.letter === '_' ? ' ' : '%20';
    else out += transform(await letterValue(m.letter, ctx), m);
  }
  return out + source.slice(at, spec.end);
}

/** A domain-spec expanded for a query: trailing dot removed, cut to 253 characters from the left. */
export async function expandDomainSpec(source: string, spec: MacroString, ctx: MacroContext): Promise<string> {
  let name = await expandMacroString(source, spec, ctx);
  if (name.endsWith('.')) name = name.slice(0, -1);
  while (name.length > 253) {
    const dot = name.indexOf('.');
    if (dot < 0) break;
    name = name.slice(dot + 1);
  }
  return name;
}

/** Why a name cannot be asked for (empty or over-long label, too long), or undefined. */
export function queryNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'the name is empty';
  if (name.length > 253) return 'the name is longer than 253 characters';
  for (const label of name.split('.')) {
    if (label.length === 0) return `\`${name}\` has an empty label`;
    if (label.length > 63) return `\`${name}\` has a label longer than 63 characters`;
  }
  return undefined;
}
