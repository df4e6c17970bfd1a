/**
 * DNSControl's `DMARC_BUILDER` and `SPF_BUILDER`: the TXT text each produces (as DNSControl's
 * helpers write it), synthesised into one host string whose pieces map to the argument they
 * come from: a tag's value to its property value, `p=` and its separator to the property key,
 * defaults to the builder's name. Diagnostics therefore land on the property that caused them.
 */
import type { OffsetRange } from '../../model';
import { HostStringBuilder, type HostString } from '../iac/host-string';
import { appendExpression, encodeJs, isStringExpression, unwrap, type JsQuote, type Resolve } from '../js/js-string';
import { arrayItems, numberOf, objectOf, property, propertyValue } from '../js/ast';
import type { Node } from '../js/parse';

type Call = Extract<Node, { type: 'CallExpression' }>;

export interface BuilderOutput {
  /** The label (relative to the domain) the record is published at, and where it is written. */
  readonly label: string;
  readonly labelRange?: OffsetRange;
  readonly value: HostString;
  readonly ttl?: { value: number; start: number; end: number };
}

const range = (n: Node): OffsetRange => ({ start: n.start ?? 0, end: n.end ?? 0 });

class Synth {
  readonly b: HostStringBuilder;
  readonly quotes: JsQuote[] = [];
  constructor(
    readonly text: string,
    readonly resolve: Resolve | undefined,
    at: number,
  ) {
    this.b = new HostStringBuilder(at);
  }
  /** Text the builder writes itself, standing for document range `r`. */
  fixed(value: string, r: OffsetRange): void {
    this.b.escape(value, r.start, r.end);
  }
  /** A property value as written (a string, a number, or something opaque). */
  value(node: Node): void {
    const n = unwrap(node);
    if (n.type === 'NumericLiteral') this.b.literal(this.text.slice(n.start ?? 0, n.end ?? 0), n.start ?? 0);
    else appendExpression(this.b, this.text, node, this.quotes, this.resolve);
  }
  finish(r: OffsetRange): HostString {
    const quotes = this.quotes.length > 0 ? this.quotes : (['"'] as JsQuote[]);
    return this.b.finish(r, (t) => encodeJs(t, quotes), r.end);
  }
}

/** A literal string value (after resolving constants), or undefined. */
function literal(node: Node | undefined, resolve: Resolve | undefined): string | undefined {
  if (!node) return undefined;
  let n = unwrap(node);
  if (n.type === 'Identifier' && resolve) {
    const t = resolve(n.name);
    if (t) n = unwrap(t);
  }
  return n.type === 'StringLiteral' ? n.value : undefined;
}

function labelOf(obj: ReturnType<typeof objectOf>, text: string, resolve: Resolve | undefined): { label: string; range?: OffsetRange } | undefined {
  const node = propertyValue(obj, 'label');
  if (!node) return { label: '@' };
  const label = literal(node, resolve);
  if (label === undefined) return undefined;
  const r = range(unwrap(node));
  if (label === '') return { label: '@' };
  return { label, range: text[r.start] === '"' || text[r.start] === "'" ? { start: r.start + 1, end: r.end - 1 } : r };
}

function ttlOf(obj: ReturnType<typeof objectOf>): BuilderOutput['ttl'] {
  return numberOf(propertyValue(obj, 'ttl'));
}

/** DNSControl's stringToDuration: `90`, `5m`, `1h`, `2d`, `1w` → seconds. */
function duration(text: string): string | undefined {
  const m = /^(\d{1,9})([smhdw]?)$/.exec(text);
  if (!m) return undefined;
  const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86400, w: 604800 }[m[2] as '' | 's' | 'm' | 'h' | 'd' | 'w'];
  return String(Number(m[1]) * unit);
}

const ALIGNMENT: Record<string, string> = { relaxed: 'r', strict: 's', r: 'r', s: 's' };

/** The record `DMARC_BUILDER({...})` adds (label `_dmarc[.label]`), or undefined when it cannot be read. */
export function dmarcBuilder(text: string, call: Call, resolve: Resolve | undefined): BuilderOutput | undefined {
  const arg = call.arguments[0];
  const obj = arg ? objectOf(arg as Node) : undefined;
  if (arg && !obj) return undefined;
  const callee = range(call.callee as Node);
  const label = labelOf(obj, text, resolve);
  if (!label) return undefined;
  const s = new Synth(text, resolve, callee.start);
  let first = true;
  /** `; tag=` before a value, standing for the property key (or the builder name for defaults). */
  const tag = (name: string, key: OffsetRange) => {
    s.fixed(`${first ? '' : '; '}${name}=`, key);
    first = false;
  };
  const prop = (name: string) => {
    const p = property(obj, name);
    return p ? { key: range(p.key as Node), value: p.value as Node } : undefined;
  };
  const plain = (name: string, dmarcTag: string, defaultValue?: string) => {
    const p = prop(name);
    if (p && truthy(p.value)) {
      tag(dmarcTag, p.key);
      s.value(p.value);
    } else if (defaultValue !== undefined) {
      s.fixed(`${first ? '' : '; '}${dmarcTag}=${defaultValue}`, callee);
      first = false;
    }
  };
  const mapped = (name: string, dmarcTag: string, map: (v: string) => string | undefined) => {
    const p = prop(name);
    if (!p || !truthy(p.value)) return;
    tag(dmarcTag, p.key);
    const v = literal(p.value, undefined);
    const out = v !== undefined ? map(v) : undefined;
    if (out !== undefined && out !== v) s.fixed(out, inner(text, unwrap(p.value)));
    else s.value(p.value);
  };
  const list = (name: string, dmarcTag: string) => {
    const p = prop(name);
    if (!p || !truthy(p.value)) return;
    const items = arrayItems(p.value);
    if (items && items.length === 0) return;
    tag(dmarcTag, p.key);
    if (!items) {
      s.value(p.value);
      return;
    }
    items.forEach((item, k) => {
      if (k > 0) s.fixed(',', { start: items[k - 1]!.end ?? 0, end: item.start ?? 0 });
      s.value(item);
    });
  };
  plain('version', 'v', 'DMARC1');
  plain('policy', 'p', 'none');
  plain('subdomainPolicy', 'sp');
  plain('nonexistentSubdomainPolicy', 'np');
  mapped('alignmentDKIM', 'adkim', (v) => ALIGNMENT[v]);
  mapped('alignmentSPF', 'aspf', (v) => ALIGNMENT[v]);
  plain('percent', 'pct');
  list('rua', 'rua');
  list('ruf', 'ruf');
  const ruf = prop('ruf');
  const fo = prop('failureOptions');
  if (ruf && truthy(ruf.value) && fo && truthy(fo.value)) {
    const options = objectOf(fo.value);
    if (options) {
      const on = (k: string) => {
        const v = propertyValue(options, k);
        return !!v && unwrap(v).type === 'BooleanLiteral' && (unwrap(v) as { value: boolean }).value;
      };
      const code = on('DKIM') && on('SPF') ? '1' : on('SPF') ? 's' : on('DKIM') ? 'd' : '0';
      if (code !== '0') {
        tag('fo', fo.key);
        s.fixed(code, range(unwrap(fo.value)));
      }
    } else if (literal(fo.value, resolve) !== '0') {
      tag('fo', fo.key);
      s.value(fo.value);
    }
  }
  const rf = prop('failureFormat');
  if (ruf && truthy(ruf.value) && rf && truthy(rf.value)) {
    tag('rf', rf.key);
    s.value(rf.value);
  }
  mapped('reportInterval', 'ri', duration);
  plain('publicSuffixDomain', 'psd');
  plain('testMode', 't');
  const ttl = ttlOf(obj);
  return {
    label: label.label === '@' ? '_dmarc' : `_dmarc.${label.label}`,
    ...(label.range ? { labelRange: label.range } : {}),
    value: s.finish(range(call)),
    ...(ttl ? { ttl } : {}),
  };
}

/** The content range of a string literal, or the node's range. */
function inner(text: string, n: Node): OffsetRange {
  const r = range(n);
  const q = text[r.start];
  return (q === '"' || q === "'") && r.end - r.start >= 2 ? { start: r.start + 1, end: r.end - 1 } : r;
}

/** False for literals JavaScript treats as false (`""`, `0`, `false`, `null`). */
function truthy(node: Node): boolean {
  const n = unwrap(node);
  if (n.type === 'StringLiteral') return n.value !== '';
  if (n.type === 'NumericLiteral') return n.value !== 0;
  if (n.type === 'BooleanLiteral') return n.value;
  if (n.type === 'NullLiteral') return false;
  if (n.type === 'Identifier' && n.name === 'undefined') return false;
  return true;
}

/**
 * The record `SPF_BUILDER({...})` adds at its label: the parts joined with spaces. Undefined when
 * DNSControl would rewrite the policy (flattening, or an overflow split), which this file cannot show.
 */
export function spfBuilder(text: string, call: Call, resolve: Resolve | undefined): BuilderOutput | undefined {
  const obj = objectOf(call.arguments[0] as Node | undefined);
  if (!obj) return undefined;
  const flatten = arrayItems(propertyValue(obj, 'flatten'));
  if (flatten === undefined ? propertyValue(obj, 'flatten') !== undefined : flatten.length > 0) return undefined;
  const parts = arrayItems(propertyValue(obj, 'parts'));
  if (!parts || parts.length === 0 || !parts.every((p) => isStringExpression(p, resolve))) return undefined;
  const label = labelOf(obj, text, resolve);
  if (!label) return undefined;
  const s = new Synth(text, resolve, parts[0]!.start ?? 0);
  parts.forEach((part, k) => {
    if (k > 0) s.fixed(' ', { start: parts[k - 1]!.end ?? 0, end: part.start ?? 0 });
    s.value(part);
  });
  const value = s.finish(range(call));
  const max = numberOf(propertyValue(obj, 'txtMaxSize'))?.value ?? 255;
  if (propertyValue(obj, 'overflow') !== undefined && value.value.length > max) return undefined;
  const ttl = ttlOf(obj);
  return { label: label.label, ...(label.range ? { labelRange: label.range } : {}), value, ...(ttl ? { ttl } : {}) };
}
