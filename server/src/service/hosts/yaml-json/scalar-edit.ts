/**
 * Writing a whole new scalar in place of an old one: the same quoting style where it can hold
 * the text (single-quoted and double-quoted YAML, JSON strings), else a single-quoted YAML scalar,
 * which is valid wherever a block or plain scalar stood.
 */
import { chunkValue, escapeZoneString } from '../../policies/value-edits';
import { encodeDoubleQuoted, type HostString } from '../iac/host-string';
import { encodeSingleQuoted } from './yaml-scalar';

export type LiteralKind = 'json' | 'yaml-single' | 'yaml-double' | 'yaml-other';

/** The kind of literal a host string was decoded from (by its first character in the document). */
export function literalKind(text: string, host: HostString, json: boolean): LiteralKind {
  if (json) return 'json';
  const c = text[host.range.start];
  return c === "'" ? 'yaml-single' : c === '"' ? 'yaml-double' : 'yaml-other';
}

/** `value` written as a literal of `kind`. */
export function writeLiteral(value: string, kind: LiteralKind): string {
  switch (kind) {
    case 'json':
    case 'yaml-double':
      return `"${encodeDoubleQuoted(value)}"`;
    default:
      return `'${encodeSingleQuoted(value)}'`;
  }
}

/** A TXT value as zone presentation text: quoted strings of at most 255 octets. */
export function presentationText(value: string): string {
  return chunkValue(value)
    .map((c) => `"${escapeZoneString(c, true)}"`)
    .join(' ');
}
