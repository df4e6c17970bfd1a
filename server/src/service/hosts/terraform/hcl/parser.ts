/**
 * A small HCL (native syntax) parser: bodies of attributes and blocks, and the expressions
 * record extraction needs (strings, heredocs, numbers, `true`/`false`/`null`, references such
 * as `aws_route53_zone.main.zone_id`, lists and objects). Anything else (operators, function
 * calls, `for` expressions, splats) becomes an `other` expression, skipped with balanced
 * brackets. Linear, iterative where input can nest deeply, and never throws.
 */
import type { OffsetRange } from '../../../model';
import { lex, type HclComment, type HclToken, type HeredocInfo } from './lexer';
import type { TemplateProblem } from './template';

export interface HclAttribute {
  readonly kind: 'attribute';
  readonly name: string;
  readonly nameRange: OffsetRange;
  readonly value: HclExpr;
  readonly range: OffsetRange;
}

export interface HclLabel {
  readonly value: string;
  readonly range: OffsetRange;
}

export interface HclBlock {
  readonly kind: 'block';
  readonly type: string;
  readonly typeRange: OffsetRange;
  readonly labels: readonly HclLabel[];
  readonly body: readonly HclItem[];
  readonly range: OffsetRange;
  readonly closed: boolean;
}

export type HclItem = HclAttribute | HclBlock;

export type HclExpr =
  | { readonly kind: 'string'; readonly range: OffsetRange; readonly closed: boolean }
  | { readonly kind: 'heredoc'; readonly range: OffsetRange; readonly heredoc: HeredocInfo }
  | { readonly kind: 'number'; readonly range: OffsetRange; readonly value: number }
  | { readonly kind: 'keyword'; readonly range: OffsetRange; readonly name: 'true' | 'false' | 'null' }
  | { readonly kind: 'reference'; readonly range: OffsetRange; readonly path: readonly string[] }
  | { readonly kind: 'list'; readonly range: OffsetRange; readonly items: readonly HclExpr[] }
  | { readonly kind: 'object'; readonly range: OffsetRange; readonly items: readonly HclAttribute[] }
  | { readonly kind: 'other'; readonly range: OffsetRange };

export interface HclFile {
  readonly body: readonly HclItem[];
  readonly comments: readonly HclComment[];
  readonly problems: readonly TemplateProblem[];
}

/** Deeper nesting than this is skipped as an opaque expression (keeps recursion bounded). */
const MAX_DEPTH = 64;

const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);

class Parser {
  private p = 0;
  readonly problems: TemplateProblem[];

  constructor(
    private readonly text: string,
    private readonly tokens: readonly HclToken[],
    problems: TemplateProblem[],
  ) {
    this.problems = problems;
  }

  private peek(): HclToken {
    return this.tokens[this.p]!;
  }

  private next(): HclToken {
    const t = this.tokens[this.p]!;
    if (t.kind !== 'eof') this.p++;
    return t;
  }

  private isPunct(t: HclToken, ch: string): boolean {
    return t.kind === 'punct' && t.text === ch;
  }

  private skipNewlines(): void {
    while (this.peek().kind === 'newline') this.p++;
  }

  /**
   * Skips tokens up to a terminator at bracket depth 0 (not consumed): a closing bracket, a
   * comma, a newline (when `newlines`) or the end. Returns the end of the last skipped token.
   */
  private skipToTerminator(newlines: boolean, from: number): number {
    let depth = 0;
    let end = from;
    for (;;) {
      const t = this.peek();
      if (t.kind === 'eof') return end;
      if (depth === 0) {
        if (t.kind === 'newline' && newlines) return end;
        if (t.kind === 'punct' && (CLOSE.has(t.text!) || t.text === ',')) return end;
      }
      if (t.kind === 'punct' && OPEN.has(t.text!)) depth++;
      else if (t.kind === 'punct' && CLOSE.has(t.text!)) depth--;
      end = t.end;
      this.p++;
    }
  }

  /** True when `t` ends an expression in the current context. */
  private terminates(t: HclToken, newlines: boolean): boolean {
    if (t.kind === 'eof') return true;
    if (t.kind === 'newline') return newlines;
    return t.kind === 'punct' && (CLOSE.has(t.text!) || t.text === ',');
  }

  parseBody(depth: number, nested: boolean, blockStart = 0): { items: HclItem[]; closed: boolean; end: number } {
    const items: HclItem[] = [];
    for (;;) {
      this.skipNewlines();
      const t = this.peek();
      if (t.kind === 'eof') {
        if (nested) this.problems.push({ start: blockStart, end: blockStart + 1, message: 'This block is never closed: add the matching `}`.' });
        return { items, closed: false, end: t.start };
      }
      if (this.isPunct(t, '}')) {
        this.p++;
        if (nested) return { items, closed: true, end: t.end };
        continue;
      }
      if (t.kind !== 'ident') {
        this.skipToTerminator(true, t.end);
        if (this.peek().kind !== 'newline' && this.peek().kind !== 'eof' && !(nested && this.isPunct(this.peek(), '}'))) this.p++;
        continue;
      }
      this.p++;
      const after = this.peek();
      if (this.isPunct(after, '=')) {
        this.p++;
        const value = this.parseExpr(depth, true);
        items.push({ kind: 'attribute', name: t.text!, nameRange: { start: t.start, end: t.end }, value, range: { start: t.start, end: value.range.end } });
        continue;
      }
      if (after.kind === 'string' || after.kind === 'ident' || this.isPunct(after, '{')) {
        const labels: HclLabel[] = [];
        while (this.peek().kind === 'string' || this.peek().kind === 'ident') {
          const l = this.next();
          const value = l.kind === 'ident' ? l.text! : this.text.slice(l.start + 1, l.closed ? l.end - 1 : l.end);
          labels.push({ value, range: { start: l.start, end: l.end } });
        }
        if (!this.isPunct(this.peek(), '{')) {
          this.skipToTerminator(true, this.peek().start);
          continue;
        }
        const open = this.next();
        if (depth >= MAX_DEPTH) {
          // Too deep to descend: skip the block as a whole.
          this.p--;
          const end = this.skipToTerminator(true, open.end);
          items.push({ kind: 'block', type: t.text!, typeRange: { start: t.start, end: t.end }, labels, body: [], range: { start: t.start, end }, closed: false });
          continue;
        }
        const body = this.parseBody(depth + 1, true, open.start);
        items.push({ kind: 'block', type: t.text!, typeRange: { start: t.start, end: t.end }, labels, body: body.items, range: { start: t.start, end: body.end }, closed: body.closed });
        continue;
      }
      // Not an attribute nor a block: skip the rest of the line.
      this.skipToTerminator(true, t.end);
    }
  }

  /** An expression; `newlines` says whether a newline ends it (bodies and objects) or not (inside lists and parentheses). */
  parseExpr(depth: number, newlines: boolean): HclExpr {
    const start = this.peek();
    const primary = this.parsePrimary(depth);
    if (this.terminates(this.peek(), newlines)) return primary;
    const end = this.skipToTerminator(newlines, primary.range.end);
    return { kind: 'other', range: { start: start.start, end } };
  }

  private parsePrimary(depth: number): HclExpr {
    const t = this.peek();
    const range = { start: t.start, end: t.end };
    if (t.kind === 'string') {
      this.p++;
      return { kind: 'string', range, closed: t.closed !== false };
    }
    if (t.kind === 'heredoc') {
      this.p++;
      return { kind: 'heredoc', range, heredoc: t.heredoc! };
    }
    if (t.kind === 'number') {
      this.p++;
      return { kind: 'number', range, value: Number(t.text) };
    }
    if (t.kind === 'ident') {
      this.p++;
      const name = t.text!;
      if (name === 'true' || name === 'false' || name === 'null') return { kind: 'keyword', range, name };
      if (this.isPunct(this.peek(), '(')) {
        const call = this.skipBracketed(this.p);
        return { kind: 'other', range: { start: t.start, end: call.range.end } };
      }
      const path = [name];
      let end = t.end;
      for (;;) {
        const dot = this.peek();
        if (this.isPunct(dot, '.')) {
          const part = this.tokens[this.p + 1]!;
          if (part.kind === 'ident' || part.kind === 'number') {
            path.push(part.text!);
            end = part.end;
            this.p += 2;
            continue;
          }
        }
        break;
      }
      return { kind: 'reference', range: { start: t.start, end }, path };
    }
    if (t.kind === 'punct' && t.text === '[' && depth < MAX_DEPTH) return this.parseList(depth + 1);
    if (t.kind === 'punct' && t.text === '{' && depth < MAX_DEPTH) return this.parseObject(depth + 1);
    // Anything else: skip it as one opaque expression.
    if (t.kind === 'punct' && OPEN.has(t.text!)) return this.skipBracketed(this.p);
    if (this.terminates(t, true)) return { kind: 'other', range: { start: t.start, end: t.start } };
    this.p++;
    return { kind: 'other', range };
  }

  private parseList(depth: number): HclExpr {
    const openIndex = this.p;
    const open = this.next();
    const items: HclExpr[] = [];
    this.skipNewlines();
    if (this.peek().kind === 'ident' && this.peek().text === 'for') return this.skipBracketed(openIndex);
    for (;;) {
      this.skipNewlines();
      const t = this.peek();
      if (t.kind === 'eof') return { kind: 'list', range: { start: open.start, end: t.start }, items };
      if (this.isPunct(t, ']')) {
        this.p++;
        return { kind: 'list', range: { start: open.start, end: t.end }, items };
      }
      if (this.isPunct(t, ',')) {
        this.p++;
        continue;
      }
      if (t.kind === 'punct' && (t.text === '}' || t.text === ')')) {
        // A stray closer: the list is broken; stop here.
        return { kind: 'list', range: { start: open.start, end: t.start }, items };
      }
      const before = this.p;
      items.push(this.parseExpr(depth, true));
      if (this.p === before) this.p++;
    }
  }

  private parseObject(depth: number): HclExpr {
    const open = this.next();
    const items: HclAttribute[] = [];
    for (;;) {
      this.skipNewlines();
      const t = this.peek();
      if (t.kind === 'eof') return { kind: 'object', range: { start: open.start, end: t.start }, items };
      if (this.isPunct(t, '}')) {
        this.p++;
        return { kind: 'object', range: { start: open.start, end: t.end }, items };
      }
      if (this.isPunct(t, ',')) {
        this.p++;
        continue;
      }
      if ((t.kind === 'ident' || t.kind === 'string') && (this.isPunct(this.tokens[this.p + 1]!, '=') || this.isPunct(this.tokens[this.p + 1]!, ':'))) {
        this.p += 2;
        const name = t.kind === 'ident' ? t.text! : this.text.slice(t.start + 1, t.closed ? t.end - 1 : t.end);
        const value = this.parseExpr(depth, true);
        items.push({ kind: 'attribute', name, nameRange: { start: t.start, end: t.end }, value, range: { start: t.start, end: value.range.end } });
        continue;
      }
      const before = this.p;
      this.skipToTerminator(true, t.end);
      if (this.p === before) this.p++;
    }
  }

  /** Skips the bracketed expression whose opening token is at `index`, as `other`. */
  private skipBracketed(index: number): HclExpr {
    const open = this.tokens[index]!;
    this.p = index + 1;
    let d = 1;
    let end = open.end;
    while (d > 0) {
      const u = this.peek();
      if (u.kind === 'eof') break;
      if (u.kind === 'punct' && OPEN.has(u.text!)) d++;
      else if (u.kind === 'punct' && CLOSE.has(u.text!)) d--;
      end = u.end;
      this.p++;
    }
    return { kind: 'other', range: { start: open.start, end } };
  }
}

/** Parses an HCL file. Problems are syntax errors found on the way; parsing always goes on. */
export function parseHcl(text: string): HclFile {
  const { tokens, comments, problems } = lex(text);
  const parser = new Parser(text, tokens, problems);
  const body = parser.parseBody(0, false);
  return { body: body.items, comments, problems: parser.problems };
}
