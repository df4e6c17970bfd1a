/** Lookups over parsed HCL: attributes and blocks of a body, and literal values of expressions. */
import type { OffsetRange } from '../../../model';
import type { HostString } from '../../iac/host-string';
import type { HclAttribute, HclBlock, HclExpr, HclItem } from './parser';
import { decodeHeredoc, decodeQuoted } from './template';

export function attribute(body: readonly HclItem[], name: string): HclAttribute | undefined {
  for (const item of body) if (item.kind === 'attribute' && item.name === name) return item;
  return undefined;
}

export function blocks(body: readonly HclItem[], type: string): HclBlock[] {
  return body.filter((i): i is HclBlock => i.kind === 'block' && i.type === type);
}

/** The decoded host string of a string or heredoc expression. */
export function hostString(text: string, expr: HclExpr | undefined): HostString | undefined {
  if (!expr) return undefined;
  if (expr.kind === 'string') return decodeQuoted(text, expr.range.start, expr.range.end, expr.closed);
  if (expr.kind === 'heredoc') {
    const h = expr.heredoc;
    return decodeHeredoc(text, expr.range.start, expr.range.end, h.bodyStart, h.bodyEnd, h.flush);
  }
  return undefined;
}

/** A string expression's value when it holds no interpolation, with the range of its content. */
export function literalString(text: string, expr: HclExpr | undefined): { value: string; range: OffsetRange } | undefined {
  if (!expr || expr.kind !== 'string') return undefined;
  const s = hostString(text, expr);
  if (!s || s.opaque.length > 0) return undefined;
  return { value: s.value, range: s.map.toDocSpan(0, s.value.length) };
}

/** A number, or a string holding only digits (older configurations quote numbers). */
export function literalNumber(text: string, expr: HclExpr | undefined): { value: number; range: OffsetRange } | undefined {
  if (!expr) return undefined;
  if (expr.kind === 'number') return { value: expr.value, range: expr.range };
  const s = literalString(text, expr);
  if (s && /^[0-9]{1,10}$/.test(s.value)) return { value: Number(s.value), range: s.range };
  return undefined;
}
