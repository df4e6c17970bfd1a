/**
 * JavaScript string values as host strings: string literals with every escape form (`\"`,
 * `\'`, `\\`, `\n`, `\xNN`, `\uNNNN`, `\u{...}`, legacy octal, line continuations), template
 * literals (each `${...}` is opaque) and `+` concatenations of them, decoded with a source map
 * back to the document. Escapes are atomic; edits are re-escaped for the literal's quote.
 */
import type { OffsetRange } from '../../model';
import { HostStringBuilder, type HostString } from '../iac/host-string';
import type { Node } from './parse';

const isHex = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const isOctal = (c: number) => c >= 48 && c <= 55;
const isLineBreak = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

const SIMPLE: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v' };

/** The decoded text and length (in document characters) of the escape at `at` (a backslash). */
export function decodeEscape(text: string, at: number, end: number): { value: string; length: number } {
  const next = at + 1;
  if (next >= end) return { value: '\\', length: 1 };
  const ch = text[next]!;
  const c = text.charCodeAt(next);
  const simple = SIMPLE[ch];
  if (simple !== undefined) return { value: simple, length: 2 };
  if (c === 13) return { value: '', length: next + 1 < end && text.charCodeAt(next + 1) === 10 ? 3 : 2 };
  if (isLineBreak(c)) return { value: '', length: 2 };
  if (ch === 'x') {
    if (next + 2 < end && isHex(text.charCodeAt(next + 1)) && isHex(text.charCodeAt(next + 2))) {
      return { value: String.fromCharCode(parseInt(text.slice(next + 1, next + 3), 16)), length: 4 };
    }
    return { value: 'x', length: 2 };
  }
  if (ch === 'u') {
    if (text[next + 1] === '{') {
      let j = next + 2;
      while (j < end && j < next + 10 && isHex(text.charCodeAt(j))) j++;
      const code = j > next + 2 && text[j] === '}' ? parseInt(text.slice(next + 2, j), 16) : NaN;
      if (code <= 0x10ffff) return { value: String.fromCodePoint(code), length: j + 1 - at };
      return { value: 'u', length: 2 };
    }
    let ok = next + 4 < end;
    for (let k = 1; ok && k <= 4; k++) ok = isHex(text.charCodeAt(next + k));
    if (ok) return { value: String.fromCharCode(parseInt(text.slice(next + 1, next + 5), 16)), length: 6 };
    return { value: 'u', length: 2 };
  }
  if (isOctal(c)) {
    // Legacy octal escapes (sloppy mode): up to three digits, value at most 255.
    let j = next + 1;
    const max = c <= 51 ? 3 : 2;
    while (j < end && j < next + max && isOctal(text.charCodeAt(j))) j++;
    return { value: String.fromCharCode(parseInt(text.slice(next, j), 8)), length: j - at };
  }
  // `\` before a surrogate pair stands for the whole character.
  if (c >= 0xd800 && c <= 0xdbff && next + 1 < end) return { value: text.slice(next, next + 2), length: 3 };
  return { value: ch, length: 2 };
}

/**
 * Appends the content `[start, end)` of a string literal or template chunk: literal runs,
 * escapes (atomic) and, in templates, raw CR LF read as LF.
 */
export function appendLiteralText(b: HostStringBuilder, text: string, start: number, end: number, template: boolean): void {
  let run = start;
  let i = start;
  const flush = () => {
    if (i > run) b.literal(text.slice(run, i), run);
  };
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) {
      flush();
      const e = decodeEscape(text, i, end);
      const length = Math.min(e.length, end - i);
      if (e.value.length > 0) b.escape(e.value, i, i + length);
      i += length;
      run = i;
    } else if (template && c === 13) {
      flush();
      const length = i + 1 < end && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      b.escape('\n', i, i + length);
      i += length;
      run = i;
    } else i++;
  }
  flush();
}

/** How a literal is quoted: `'`, `"` or `` ` ``. */
export type JsQuote = "'" | '"' | '`';

/** Escapes plain text for insertion into a JS literal quoted with `quotes` (all of them when mixed). */
export function encodeJs(text: string, quotes: readonly JsQuote[]): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const c = text.charCodeAt(i);
    if (ch === '\\') out += '\\\\';
    else if ((ch === "'" || ch === '"' || ch === '`') && quotes.includes(ch)) out += `\\${ch}`;
    else if (ch === '$' && text[i + 1] === '{' && quotes.includes('`')) out += '\\$';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 32 || c === 127) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else if (c === 0x2028 || c === 0x2029) out += `\\u${c.toString(16)}`;
    else out += ch;
  }
  return out;
}

/** Looks an identifier up (a `const` string); undefined when it is not known. */
export type Resolve = (name: string) => Node | undefined;

interface Build {
  readonly b: HostStringBuilder;
  readonly quotes: JsQuote[];
  readonly text: string;
  readonly resolve: Resolve | undefined;
  depth: number;
}

/** Strips TypeScript wrappers and parentheses that do not change a value (`x as const`, `x!`). */
export function unwrap(node: Node): Node {
  let n = node;
  for (;;) {
    if (n.type === 'TSAsExpression' || n.type === 'TSSatisfiesExpression' || n.type === 'TSNonNullExpression' || n.type === 'TSTypeAssertion') n = n.expression;
    else if (n.type === 'ParenthesizedExpression') n = n.expression;
    else return n;
  }
}

/** True when the expression is made of string pieces only (so it is a string value). */
export function isStringExpression(node: Node, resolve?: Resolve, depth = 0): boolean {
  const n = unwrap(node);
  if (depth > 20) return false;
  if (n.type === 'StringLiteral' || n.type === 'TemplateLiteral') return true;
  if (n.type === 'BinaryExpression' && n.operator === '+') {
    return n.left.type !== 'PrivateName' && (isStringExpression(n.left, resolve, depth + 1) || isStringExpression(n.right, resolve, depth + 1));
  }
  if (n.type === 'Identifier' && resolve) {
    const target = resolve(n.name);
    return !!target && isStringExpression(target, resolve, depth + 1);
  }
  return false;
}

function append(build: Build, node: Node): void {
  const n = unwrap(node);
  const { b, text } = build;
  const start = n.start ?? 0;
  const end = n.end ?? start;
  if (build.depth > 20) {
    b.opaqueText(text.slice(start, end), start);
    return;
  }
  switch (n.type) {
    case 'StringLiteral': {
      const q = text[start] as JsQuote;
      if (!build.quotes.includes(q)) build.quotes.push(q);
      appendLiteralText(b, text, start + 1, Math.max(start + 1, end - 1), false);
      return;
    }
    case 'TemplateLiteral': {
      if (!build.quotes.includes('`')) build.quotes.push('`');
      n.quasis.forEach((q, k) => {
        const qs = q.start ?? start;
        const qe = q.end ?? qs;
        appendLiteralText(b, text, qs, qe, true);
        const expr = n.expressions[k];
        if (expr) {
          // `${` before and `}` after the expression belong to the opaque piece.
          const es = qe;
          const next = n.quasis[k + 1];
          const ee = next ? (next.start ?? qe) : (expr.end ?? qe) + 1;
          b.opaqueText(text.slice(es, ee), es);
        }
      });
      return;
    }
    case 'BinaryExpression':
      if (n.operator === '+' && n.left.type !== 'PrivateName') {
        build.depth++;
        append(build, n.left);
        append(build, n.right);
        build.depth--;
        return;
      }
      break;
    case 'Identifier': {
      const target = build.resolve?.(n.name);
      if (target && isStringExpression(target, build.resolve)) {
        build.depth++;
        append(build, target);
        build.depth--;
        return;
      }
      break;
    }
    default:
      break;
  }
  b.opaqueText(text.slice(start, end), start);
}

/**
 * Appends a string-valued expression to a builder (pieces that are not strings become opaque);
 * the quote characters of the literals met are added to `quotes`.
 */
export function appendExpression(b: HostStringBuilder, text: string, node: Node, quotes: JsQuote[], resolve?: Resolve): void {
  append({ b, quotes, text, resolve, depth: 0 }, node);
}

/** The range of an expression after TypeScript wrappers are removed. */
export function valueRange(node: Node): OffsetRange {
  const n = unwrap(node);
  return { start: n.start ?? 0, end: n.end ?? 0 };
}

/**
 * The host string of a string-valued expression (a literal, a template, a concatenation, a
 * `const` holding one), or undefined when the expression is not a string.
 */
export function jsHostString(text: string, node: Node | undefined | null, resolve?: Resolve): HostString | undefined {
  if (!node || !isStringExpression(node, resolve)) return undefined;
  const range = valueRange(node);
  const inner = unwrap(node);
  const first = inner.type === 'StringLiteral' || inner.type === 'TemplateLiteral' ? range.start + 1 : range.start;
  const b = new HostStringBuilder(first);
  const build: Build = { b, quotes: [], text, resolve, depth: 0 };
  append(build, node);
  const quotes = build.quotes;
  const last = inner.type === 'StringLiteral' || inner.type === 'TemplateLiteral' ? Math.max(first, range.end - 1) : range.end;
  return b.finish(range, (t) => encodeJs(t, quotes), last);
}

