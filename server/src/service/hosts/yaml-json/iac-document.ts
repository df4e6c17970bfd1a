/**
 * Shared pieces of the YAML/JSON adapters: the parsed-document shape, file-name and language
 * tests, owner names, and parse problems reported only where they block record extraction.
 */
import type { DocumentInput, OffsetRange } from '../../model';

export { iacDocument } from '../iac/document';

export { fileName } from '../uri';
import { fileName } from '../uri';

export type SyntaxKind = 'yaml' | 'json';

/** YAML or JSON by language id, then file name, then the first character. */
export function syntaxOf(input: DocumentInput): SyntaxKind | undefined {
  const id = input.languageId;
  if (id === 'json' || id === 'jsonc') return 'json';
  if (id === 'yaml' || id === 'cloudformation' || id === 'ansible') return 'yaml';
  if (id !== undefined && id !== 'plaintext' && id !== '') return undefined;
  const name = fileName(input.uri).toLowerCase();
  if (name.endsWith('.json') || name.endsWith('.template.json')) return 'json';
  if (name.endsWith('.yaml') || name.endsWith('.yml') || name.endsWith('.template')) return 'yaml';
  if (id === undefined) {
    // No name to go by (an untitled buffer, a `.template` file): the first character decides.
    for (let i = 0; i < input.text.length && i < 4096; i++) {
      const c = input.text[i]!;
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\ufeff') continue;
      return c === '{' ? 'json' : 'yaml';
    }
  }
  return undefined;
}

/** An absolute owner name (lower case, trailing dot) for a name written as a fully qualified name. */
export function absoluteOwner(name: string): string {
  const n = name.trim().toLowerCase();
  if (n === '' || n === '.') return '.';
  return n.endsWith('.') ? n : `${n}.`;
}

/** `name` relative to `zone` (`''` and `@` are the apex), absolute. */
export function relativeOwner(name: string, zone: string): string {
  const n = name.trim().toLowerCase();
  const z = absoluteOwner(zone);
  if (n === '' || n === '@') return z;
  if (n.endsWith('.')) return n;
  return z === '.' ? `${n}.` : `${n}.${z}`;
}

/** Parse errors that fall inside one of `ranges` (or all of them when `ranges` is undefined), at most `max`. */
export function blockingErrors(errors: readonly { message: string; range: OffsetRange }[], ranges: readonly OffsetRange[] | undefined, max = 5): { message: string; range: OffsetRange }[] {
  const out: { message: string; range: OffsetRange }[] = [];
  for (const e of errors) {
    if (ranges && !ranges.some((r) => e.range.start >= r.start && e.range.start <= r.end)) continue;
    out.push(e);
    if (out.length >= max) break;
  }
  return out;
}

/** The first line of a parser message (the `yaml` package adds a source excerpt after it). */
export function firstLine(message: string): string {
  const nl = message.indexOf('\n');
  const line = (nl < 0 ? message : message.slice(0, nl)).trim();
  return line.replace(/:$/, '');
}
