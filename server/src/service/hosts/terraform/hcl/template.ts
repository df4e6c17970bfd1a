/**
 * HCL templates: quoted strings (`"..."` with `\n \r \t \" \\ \uNNNN \UNNNNNNNN` escapes) and
 * heredocs (`<<EOF`, `<<-EOF`, where backslashes are literal). Both treat `$${` and `%%{` as
 * escapes for `${` and `%{`, and `${...}` / `%{...}` as interpolations and directives whose
 * content is opaque. Scanning is linear and never throws; decoding builds a `HostString` whose
 * source map keeps escapes atomic and leaves the indentation a `<<-` heredoc strips unmapped.
 */
import type { OffsetRange } from '../../../model';
import { HostStringBuilder, encodeDoubleQuoted, type HostString } from '../../iac/host-string';

export interface TemplateProblem {
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

/** Receives the pieces of a template in document order. */
export interface TemplateSink {
  literal(start: number, end: number): void;
  escape(decoded: string, start: number, end: number): void;
  opaque(start: number, end: number): void;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 102);
}

function hexRun(text: string, at: number, count: number): boolean {
  if (at + count > text.length) return false;
  for (let k = 0; k < count; k++) if (!isHex(text.charCodeAt(at + k))) return false;
  return true;
}

/**
 * The end of an interpolation or directive that starts at `at` (`${` or `%{`): after its
 * matching `}`, skipping nested braces and quoted strings. It stops unclosed at a newline inside
 * a nested string, at the end of the line, or at `limit`.
 */
export function skipInterpolation(text: string, at: number, limit: number): { end: number; closed: boolean } {
  // Modes on the stack: a number ≥ 0 is an expression with that brace depth; -1 is a string.
  const stack: number[] = [0];
  let j = at + 2;
  while (j < limit) {
    const c = text.charCodeAt(j);
    if (c === 10) return { end: j, closed: false };
    const top = stack[stack.length - 1]!;
    if (top >= 0) {
      if (c === 123 /* { */) stack[stack.length - 1] = top + 1;
      else if (c === 125 /* } */) {
        if (top === 0) {
          stack.pop();
          if (stack.length === 0) return { end: j + 1, closed: true };
        } else stack[stack.length - 1] = top - 1;
      } else if (c === 34 /* " */) stack.push(-1);
      j++;
      continue;
    }
    if (c === 92 /* \ */) {
      j += text.charCodeAt(j + 1) === 10 ? 1 : 2;
      continue;
    }
    if (c === 34) {
      stack.pop();
      j++;
      continue;
    }
    if ((c === 36 || c === 37) && text.charCodeAt(j + 1) === c && text.charCodeAt(j + 2) === 123) {
      j += 3;
      continue;
    }
    if ((c === 36 || c === 37) && text.charCodeAt(j + 1) === 123) {
      stack.push(0);
      j += 2;
      continue;
    }
    j++;
  }
  return { end: Math.min(j, limit), closed: false };
}

/**
 * Scans the template text in `[from, limit)` (a quoted string's inside, or one heredoc line):
 * `$${`, `%%{` and (when `backslashes`) `\` escapes, and interpolations. Returns where it
 * stopped: at `"` when `quoted`, at a newline, or at `limit`.
 */
function scanTemplateRun(
  text: string,
  from: number,
  limit: number,
  quoted: boolean,
  sink: TemplateSink | undefined,
  problems: TemplateProblem[] | undefined,
): number {
  let j = from;
  let run = from;
  const flush = (to: number): void => {
    if (to > run) sink?.literal(run, to);
  };
  while (j < limit) {
    const c = text.charCodeAt(j);
    if (quoted && c === 34) break;
    if (c === 10) break;
    if (quoted && c === 13 && text.charCodeAt(j + 1) === 10) break;
    if (c === 36 /* $ */ || c === 37 /* % */) {
      const next = text.charCodeAt(j + 1);
      if (next === c && text.charCodeAt(j + 2) === 123) {
        flush(j);
        sink?.escape(c === 36 ? '${' : '%{', j, j + 3);
        j += 3;
        run = j;
        continue;
      }
      if (next === 123) {
        flush(j);
        const r = skipInterpolation(text, j, limit);
        if (!r.closed) problems?.push({ start: j, end: j + 2, message: `This \`${text[j]}{\` is never closed on its line: add the matching \`}\`.` });
        sink?.opaque(j, r.end);
        j = r.end;
        run = j;
        continue;
      }
    }
    if (quoted && c === 92 /* \ */) {
      flush(j);
      const e = text[j + 1];
      let decoded: string | undefined;
      let width = 2;
      if (e === 'n') decoded = '\n';
      else if (e === 'r') decoded = '\r';
      else if (e === 't') decoded = '\t';
      else if (e === '"') decoded = '"';
      else if (e === '\\') decoded = '\\';
      else if (e === 'u' && hexRun(text, j + 2, 4)) {
        decoded = String.fromCharCode(parseInt(text.slice(j + 2, j + 6), 16));
        width = 6;
      } else if (e === 'U' && hexRun(text, j + 2, 8)) {
        const cp = parseInt(text.slice(j + 2, j + 10), 16);
        if (cp <= 0x10ffff) decoded = String.fromCodePoint(cp);
        width = 10;
      } else if (e === undefined || e === '\n' || e === '\r') width = 1;
      const end = Math.min(j + width, limit);
      if (decoded === undefined) {
        problems?.push({ start: j, end: Math.max(end, j + 1), message: 'HCL knows the escapes `\\n \\r \\t \\" \\\\ \\uNNNN \\UNNNNNNNN`; write a backslash as `\\\\`.' });
        sink?.literal(j, end);
      } else sink?.escape(decoded, j, end);
      j = end;
      run = j;
      continue;
    }
    j++;
  }
  flush(j);
  return j;
}

/** Scans a quoted template starting at `start` (the opening quote). */
export function scanQuoted(
  text: string,
  start: number,
  sink: TemplateSink | undefined,
  problems: TemplateProblem[] | undefined,
): { end: number; closed: boolean } {
  const stop = scanTemplateRun(text, start + 1, text.length, true, sink, problems);
  if (stop < text.length && text.charCodeAt(stop) === 34) return { end: stop + 1, closed: true };
  problems?.push({ start, end: Math.max(stop, start + 1), message: 'This string is not closed on its line: add the closing `"`.' });
  return { end: stop, closed: false };
}

/** Finds the line that closes a heredoc with `marker`, scanning lines from `bodyStart`. */
export function scanHeredoc(text: string, bodyStart: number, marker: string): { bodyEnd: number; end: number; closed: boolean } {
  let ls = bodyStart;
  const n = text.length;
  while (ls < n) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = n;
    let a = ls;
    while (a < le && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9)) a++;
    let b = le;
    while (b > a && (text.charCodeAt(b - 1) === 13 || text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9)) b--;
    if (b - a === marker.length && text.startsWith(marker, a)) return { bodyEnd: ls, end: b, closed: true };
    ls = le + 1;
  }
  return { bodyEnd: n, end: n, closed: false };
}

/** The lines of a heredoc body: `[start, end)` including the newline, and the indentation to strip. */
export function heredocLines(text: string, bodyStart: number, bodyEnd: number, flush: boolean): { start: number; end: number; strip: number }[] {
  const lines: { start: number; end: number; indent: number; blank: boolean }[] = [];
  let ls = bodyStart;
  while (ls < bodyEnd) {
    let le = text.indexOf('\n', ls);
    le = le < 0 || le >= bodyEnd ? bodyEnd : le + 1;
    let a = ls;
    while (a < le && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9)) a++;
    const rest = text.charCodeAt(a);
    const blank = a === le || rest === 10 || (rest === 13 && a + 1 < le && text.charCodeAt(a + 1) === 10);
    lines.push({ start: ls, end: le, indent: a - ls, blank: blank && text.charCodeAt(le - 1) === 10 });
    ls = le;
  }
  let min = 0;
  if (flush) {
    min = Infinity;
    for (const l of lines) if (!l.blank) min = Math.min(min, l.indent);
    if (min === Infinity) min = 0;
  }
  return lines.map((l) => ({ start: l.start, end: l.end, strip: flush && !l.blank ? min : 0 }));
}

function builderSink(b: HostStringBuilder, text: string): TemplateSink {
  return {
    literal: (s, e) => b.literal(text.slice(s, e), s),
    escape: (d, s, e) => b.escape(d, s, e),
    opaque: (s, e) => b.opaqueText(text.slice(s, e), s),
  };
}

/** Escapes text for an HCL heredoc: only template introducers need doubling. */
export function encodeHeredoc(text: string): string {
  return text.replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
}

/** The decoded quoted string that starts at `start` and ends at `end` (its token). */
export function decodeQuoted(text: string, start: number, end: number, closed: boolean): HostString {
  const b = new HostStringBuilder(start + 1);
  scanTemplateRun(text, start + 1, closed ? end - 1 : end, true, builderSink(b, text), undefined);
  const range: OffsetRange = { start, end };
  return b.finish(range, (t) => encodeDoubleQuoted(t, true), closed ? end - 1 : end);
}

/** The decoded body of a heredoc token. */
export function decodeHeredoc(text: string, tokenStart: number, tokenEnd: number, bodyStart: number, bodyEnd: number, flush: boolean): HostString {
  const b = new HostStringBuilder(bodyStart);
  const sink = builderSink(b, text);
  for (const line of heredocLines(text, bodyStart, bodyEnd, flush)) {
    const from = line.start + line.strip;
    // A line ends at its newline; the newline itself is part of the value.
    let contentEnd = line.end;
    if (contentEnd > from && text.charCodeAt(contentEnd - 1) === 10) contentEnd--;
    const stop = scanTemplateRun(text, from, contentEnd, false, sink, undefined);
    if (stop < line.end) sink.literal(stop, line.end);
  }
  return b.finish({ start: tokenStart, end: tokenEnd }, encodeHeredoc, bodyEnd);
}
