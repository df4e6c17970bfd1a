/**
 * YAML scalars (YAML 1.2 §7.3, §8.1) decoded from their source text into host strings with an
 * exact source map: plain and quoted flow scalars with line folding, single-quoted `''`,
 * double-quoted escapes (`\n`, `\x41`, `\u00e9`, `\U0001F600`, escaped line breaks), and block
 * scalars (`|`, `>`, chomping `-`/`+`, indentation indicators). Folds and escapes are atomic.
 * Never throws: text it cannot map exactly becomes one atomic piece over the whole scalar.
 */
import type { OffsetRange } from '../../model';
import { HostStringBuilder, encodeDoubleQuoted, type HostString } from '../iac/host-string';

export type YamlScalarStyle = 'plain' | 'single' | 'double' | 'literal' | 'folded';

/** The parts of a scalar token the decoder needs (the `yaml` package's CST token has them). */
export interface YamlScalarToken {
  readonly type: string;
  readonly offset: number;
  readonly source: string;
  /** Block scalars: the indentation of the parent node. */
  readonly indent?: number;
  /** Block scalars: the header and the tokens up to the body. */
  readonly props?: readonly { type: string; offset: number; source: string }[];
}

export interface DecodedScalar {
  readonly style: YamlScalarStyle;
  readonly text: HostString;
  /** True when the map is coarse (the whole scalar as one piece), because decoding disagreed. */
  readonly coarse: boolean;
}

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';
const isBreak = (c: string | undefined): boolean => c === '\n' || c === '\r';

/** Escapes text for a single-quoted YAML scalar. */
export function encodeSingleQuoted(text: string): string {
  return text.replace(/'/g, "''");
}

/** Escapes text for a double-quoted YAML scalar (JSON escapes are valid YAML escapes). */
export function encodeYamlDoubleQuoted(text: string): string {
  return encodeDoubleQuoted(text);
}

/** Text for a plain scalar: left as is (callers rewrite the scalar when it would stop being plain). */
function encodePlain(text: string): string {
  return text;
}

/** Length of a line break at `i` (`\r\n` is one break), or 0. */
function breakLength(text: string, i: number): number {
  const c = text[i];
  if (c === '\n') return 1;
  if (c === '\r') return text[i + 1] === '\n' ? 2 : 1;
  return 0;
}

/**
 * Line folding in flow scalars from `i` (at trailing white space or a line break) up to the next
 * content: returns the folded text (`' '` or `'\n'` per empty line) and where content resumes, or
 * undefined when no line break follows the white space.
 */
function fold(text: string, i: number, end: number): { value: string; next: number } | undefined {
  let j = i;
  while (j < end && isBlank(text[j])) j++;
  const first = breakLength(text, j);
  if (first === 0) return undefined;
  const rest = emptyLines(text, j + first, end);
  return { value: rest.empties === 0 ? ' ' : '\n'.repeat(rest.empties), next: rest.next };
}

/** Skips the empty (blank-only) lines from `j`: how many there were, and where the text goes on. */
function emptyLines(text: string, j: number, end: number): { empties: number; next: number } {
  let empties = 0;
  for (;;) {
    let k = j;
    while (k < end && isBlank(text[k])) k++;
    const b = breakLength(text, k);
    if (b === 0 || k >= end) return { empties, next: k };
    empties++;
    j = k + b;
  }
}

function decodePlain(text: string, start: number, end: number, b: HostStringBuilder): void {
  let run = start;
  let i = start;
  while (i < end) {
    const c = text[i];
    if (isBlank(c) || isBreak(c)) {
      const f = fold(text, i, end);
      if (f) {
        if (i > run) b.literal(text.slice(run, i), run);
        // Trailing white space at the very end is not content.
        if (f.next >= end) {
          run = end;
          i = end;
          break;
        }
        b.escape(f.value, i, f.next);
        i = f.next;
        run = i;
        continue;
      }
    }
    i++;
  }
  // A plain scalar's source never ends in blanks, but be safe.
  let stop = end;
  while (stop > run && isBlank(text[stop - 1])) stop--;
  if (stop > run) b.literal(text.slice(run, stop), run);
}

function decodeSingle(text: string, start: number, end: number, b: HostStringBuilder): void {
  let run = start;
  let i = start;
  while (i < end) {
    const c = text[i];
    if (c === "'" && text[i + 1] === "'") {
      if (i > run) b.literal(text.slice(run, i), run);
      b.escape("'", i, i + 2);
      i += 2;
      run = i;
      continue;
    }
    if (isBlank(c) || isBreak(c)) {
      const f = fold(text, i, end);
      if (f) {
        if (i > run) b.literal(text.slice(run, i), run);
        b.escape(f.value, i, f.next);
        i = f.next;
        run = i;
        continue;
      }
    }
    i++;
  }
  if (end > run) b.literal(text.slice(run, end), run);
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};

function isHex(text: string, from: number, count: number, end: number): boolean {
  if (from + count > end) return false;
  for (let k = from; k < from + count; k++) {
    const c = text.charCodeAt(k) | 0x20;
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

function decodeDouble(text: string, start: number, end: number, b: HostStringBuilder): void {
  let run = start;
  let i = start;
  const flush = (at: number) => {
    if (at > run) b.literal(text.slice(run, at), run);
  };
  while (i < end) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < end) {
      const d = text[i + 1]!;
      flush(i);
      const br = breakLength(text, i + 1);
      if (br > 0) {
        // Escaped line break: the break and the next line's leading white space are dropped;
        // empty lines that follow stand for line feeds.
        const rest = emptyLines(text, i + 1 + br, end);
        b.escape('\n'.repeat(rest.empties), i, rest.next);
        i = rest.next;
        run = i;
        continue;
      }
      const simple = SIMPLE_ESCAPES[d];
      if (simple !== undefined) {
        b.escape(simple, i, i + 2);
        i += 2;
        run = i;
        continue;
      }
      const width = d === 'x' ? 2 : d === 'u' ? 4 : d === 'U' ? 8 : 0;
      if (width > 0 && isHex(text, i + 2, width, end)) {
        const code = parseInt(text.slice(i + 2, i + 2 + width), 16);
        let decoded: string;
        try {
          decoded = String.fromCodePoint(code);
        } catch {
          decoded = '\ufffd';
        }
        b.escape(decoded, i, i + 2 + width);
        i += 2 + width;
        run = i;
        continue;
      }
      // An unknown escape: keep it as written (the YAML parser reports it).
      b.literal(text.slice(i, i + 2), i);
      i += 2;
      run = i;
      continue;
    }
    if (isBlank(c) || isBreak(c)) {
      const f = fold(text, i, end);
      if (f) {
        flush(i);
        b.escape(f.value, i, f.next);
        i = f.next;
        run = i;
        continue;
      }
    }
    i++;
  }
  flush(end);
}

interface BlockHeader {
  readonly folded: boolean;
  readonly chomp: 'clip' | 'strip' | 'keep';
  readonly explicit: number;
}

function parseHeader(source: string): BlockHeader {
  let chomp: BlockHeader['chomp'] = 'clip';
  let explicit = 0;
  for (let i = 1; i < source.length; i++) {
    const c = source[i]!;
    if (c === '-') chomp = 'strip';
    else if (c === '+') chomp = 'keep';
    else if (c >= '1' && c <= '9') explicit = c.charCodeAt(0) - 48;
    else break;
  }
  return { folded: source[0] === '>', chomp, explicit };
}

interface BlockLine {
  /** Offset of the line's first character, of its content (after the indentation), and of its break. */
  readonly start: number;
  readonly content: number;
  readonly end: number;
  /** Length of the line break after it (0 at the end of the text). */
  readonly br: number;
  /** True when the line holds nothing past the indentation (white space only, within the indent). */
  readonly empty: boolean;
}

function decodeBlock(text: string, bodyStart: number, bodyEnd: number, header: BlockHeader, parentIndent: number, b: HostStringBuilder): void {
  // Split the body into lines.
  const raw: { start: number; end: number; br: number }[] = [];
  for (let i = bodyStart; i < bodyEnd; ) {
    let e = i;
    while (e < bodyEnd && !isBreak(text[e])) e++;
    const br = Math.min(breakLength(text, e), bodyEnd - e);
    raw.push({ start: i, end: e, br });
    i = e + br;
    if (br === 0) break;
  }
  // Content indentation: explicit, or that of the first line with content.
  let indent = header.explicit > 0 ? parentIndent + header.explicit : -1;
  if (indent < 0) {
    let maxEmpty = 0;
    for (const l of raw) {
      let k = l.start;
      while (k < l.end && text[k] === ' ') k++;
      if (k < l.end) {
        indent = k - l.start;
        break;
      }
      maxEmpty = Math.max(maxEmpty, k - l.start);
    }
    if (indent < 0) indent = maxEmpty;
  }
  const lines: BlockLine[] = raw.map((l) => {
    let k = l.start;
    while (k < l.end && k - l.start < indent && text[k] === ' ') k++;
    const empty = k - l.start < indent ? true : k >= l.end;
    return { start: l.start, content: Math.min(k, l.end), end: l.end, br: l.br, empty };
  });
  // Trailing empty lines are handled by chomping.
  let last = lines.length - 1;
  while (last >= 0 && lines[last]!.empty) last--;
  if (last < 0) {
    // No content: only `keep` yields the line breaks.
    if (header.chomp === 'keep') for (const l of lines) if (l.br > 0) b.escape('\n', l.end, l.end + l.br);
    return;
  }
  const moreIndented = (l: BlockLine) => !l.empty && isBlank(text[l.content]);
  let pendingBreak: BlockLine | undefined;
  let emptyBreaks: BlockLine[] = [];
  let prevText: BlockLine | undefined;
  for (let n = 0; n <= last; n++) {
    const l = lines[n]!;
    if (l.empty) {
      if (prevText) emptyBreaks.push(l);
      else if (l.br > 0) b.escape('\n', l.content, l.end + l.br); // leading empty lines are line feeds
      continue;
    }
    if (prevText && pendingBreak) {
      const foldable = header.folded && !moreIndented(prevText) && !moreIndented(l);
      if (foldable && emptyBreaks.length === 0) {
        b.escape(' ', pendingBreak.end, pendingBreak.end + pendingBreak.br);
      } else if (foldable) {
        // The first break is dropped; each empty line is a line feed.
        b.escape('\n', pendingBreak.end, emptyBreaks[0]!.end + emptyBreaks[0]!.br);
        for (let k = 1; k < emptyBreaks.length; k++) b.escape('\n', emptyBreaks[k]!.content, emptyBreaks[k]!.end + emptyBreaks[k]!.br);
      } else {
        b.escape('\n', pendingBreak.end, pendingBreak.end + pendingBreak.br);
        for (const e of emptyBreaks) b.escape('\n', e.content, e.end + e.br);
      }
    }
    emptyBreaks = [];
    if (l.end > l.content) b.literal(text.slice(l.content, l.end), l.content);
    prevText = l;
    pendingBreak = l;
  }
  // Chomping of the final break and trailing empty lines.
  const finalLine = lines[last]!;
  if (header.chomp !== 'strip' && finalLine.br > 0) b.escape('\n', finalLine.end, finalLine.end + finalLine.br);
  if (header.chomp === 'keep') {
    for (let n = last + 1; n < lines.length; n++) {
      const l = lines[n]!;
      if (l.br > 0) b.escape('\n', l.content, l.end + l.br);
    }
  }
}

function styleOf(type: string): YamlScalarStyle | undefined {
  switch (type) {
    case 'scalar':
      return 'plain';
    case 'single-quoted-scalar':
      return 'single';
    case 'double-quoted-scalar':
      return 'double';
    case 'block-scalar':
      return 'literal';
    default:
      return undefined;
  }
}

function encoderFor(style: YamlScalarStyle, indent: number): (text: string) => string {
  switch (style) {
    case 'single':
      return encodeSingleQuoted;
    case 'double':
      return encodeYamlDoubleQuoted;
    case 'plain':
      return encodePlain;
    default:
      return (t) => t.replace(/\n/g, `\n${' '.repeat(indent)}`);
  }
}

/** The document range of a scalar token (block scalars: header through body). */
export function scalarTokenRange(token: YamlScalarToken): OffsetRange {
  const start = token.type === 'block-scalar' && token.props && token.props.length > 0 ? token.props[0]!.offset : token.offset;
  const end = token.type === 'block-scalar' ? bodyStartOf(token) + token.source.length : token.offset + token.source.length;
  return { start, end };
}

function bodyStartOf(token: YamlScalarToken): number {
  const props = token.props ?? [];
  const lastProp = props[props.length - 1];
  return lastProp ? lastProp.offset + lastProp.source.length : token.offset;
}

/**
 * Decodes the scalar `token` of document `text`. `expected`, when given, is the value the YAML
 * parser resolved; if the decoded value differs, the result is one coarse atomic piece.
 */
export function decodeYamlScalar(text: string, token: YamlScalarToken, expected?: string): DecodedScalar | undefined {
  let style = styleOf(token.type);
  if (!style) return undefined;
  const range = scalarTokenRange(token);
  let value: HostString;
  let contentIndent = 0;
  try {
    if (token.type === 'block-scalar') {
      const headerProp = (token.props ?? []).find((p) => p.type === 'block-scalar-header');
      const header = parseHeader(headerProp?.source.slice(0) ?? '|');
      if (header.folded) style = 'folded';
      const bodyStart = bodyStartOf(token);
      const bodyEnd = bodyStart + token.source.length;
      const b = new HostStringBuilder(bodyStart);
      decodeBlock(text, bodyStart, bodyEnd, header, token.indent ?? 0, b);
      let k = bodyStart;
      while (k < bodyEnd && text[k] === ' ') k++;
      contentIndent = k - bodyStart;
      value = b.finish(range, encoderFor(style, contentIndent), bodyEnd);
    } else {
      const quoted = style !== 'plain';
      const start = quoted ? range.start + 1 : range.start;
      const closed = quoted && token.source.length >= 2 && token.source.endsWith(style === 'single' ? "'" : '"');
      const end = quoted && closed ? range.end - 1 : range.end;
      const b = new HostStringBuilder(start);
      if (style === 'plain') decodePlain(text, start, end, b);
      else if (style === 'single') decodeSingle(text, start, end, b);
      else decodeDouble(text, start, end, b);
      value = b.finish(range, encoderFor(style, 0), end);
    }
  } catch {
    return coarse(text, range, style, expected ?? text.slice(range.start, range.end));
  }
  if (expected !== undefined && value.value !== expected) return coarse(text, range, style, expected);
  return { style, text: value, coarse: false };
}

function coarse(_text: string, range: OffsetRange, style: YamlScalarStyle, value: string): DecodedScalar {
  const b = new HostStringBuilder(range.start);
  if (value.length > 0) b.escape(value, range.start, range.end);
  return { style, text: b.finish(range, encoderFor(style, 0), range.end), coarse: true };
}
