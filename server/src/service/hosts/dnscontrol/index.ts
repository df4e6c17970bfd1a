/**
 * The DNSControl host adapter: `dnsconfig.js`. Each `D("example.com", ...)` (and `D_EXTEND`)
 * call gives the domain; its record arguments (`TXT`, `MX`, `TLSA`, `CNAME`, `A`, `AAAA`, `NS`,
 * and the `SPF_BUILDER` / `DMARC_BUILDER` helpers) become record sites. Labels are relative to
 * the domain (`@` is the apex) unless they end with a dot. A TXT value is raw text: DNSControl
 * adds the DNS quoting, joins array items and splits long values into 255-octet strings itself.
 */
import { iacDocument } from '../iac/document';
import type { DocumentInput, OffsetRange, ParsedDocument, RecordSite } from '../../model';
import type { HostAdapter } from '../host';
import { fileName } from '../uri';
import { verbatimHostString, type HostString } from '../iac/host-string';
import type { RdataSource } from '../iac/iac-record';
import { parseJs, walk, type Node } from '../js/parse';
import { jsHostString, unwrap, type Resolve } from '../js/js-string';
import { arrayItems, numberOf, variableResolver } from '../js/ast';
import { JsRecord, literalRewrite } from '../js/record';
import { jsSuppressionTargets, suppressedAt } from '../js/suppress';
import { dmarcBuilder, spfBuilder, type BuilderOutput } from './builders';

type Call = Extract<Node, { type: 'CallExpression' }>;

/** DNSControl splits long TXT values into 255-octet strings itself. */
const SPLIT_BY_DNSCONTROL = ['txt/string-too-long'];

/** RDATA layouts of the record functions read here: argument kinds after the label. */
const LAYOUTS: Record<string, readonly ('number' | 'name' | 'text')[]> = {
  A: ['name'],
  AAAA: ['name'],
  CNAME: ['name'],
  NS: ['name'],
  PTR: ['name'],
  MX: ['number', 'name'],
  TLSA: ['number', 'number', 'number', 'name'],
  TXT: ['text'],
};


/** True for a DNSControl configuration by its name. */
export function isDnscontrolFile(uri: string): boolean {
  return fileName(uri).toLowerCase() === 'dnsconfig.js';
}

interface Context {
  readonly text: string;
  readonly uri: string;
  readonly resolve: Resolve;
  readonly targets: Map<number, Set<string>>;
  readonly records: RecordSite[];
}

/** The absolute owner of a DNSControl label in `domain` (lower case, trailing dot). */
export function dnscontrolOwner(label: string, domain: string): string {
  const l = label.toLowerCase();
  const d = domain.toLowerCase().replace(/\.$/, '');
  if (l === '@' || l === '') return `${d}.`;
  if (l.endsWith('.')) return l;
  return `${l}.${d}.`;
}

const range = (n: Node): OffsetRange => ({ start: n.start ?? 0, end: n.end ?? 0 });

function calleeName(call: Call): string | undefined {
  const c = unwrap(call.callee as Node);
  return c.type === 'Identifier' ? c.name : undefined;
}

/** The content range of a host string that is one plain literal (for owner ranges). */
function contentRange(host: HostString): OffsetRange {
  return host.map.toDocSpan(0, host.value.length);
}

/** TTL(n) among the modifiers of a record call. */
function ttlModifier(args: readonly Node[]): { value: number; start: number; end: number } | undefined {
  for (const a of args) {
    const n = unwrap(a);
    if (n.type === 'CallExpression' && calleeName(n) === 'TTL') return numberOf(n.arguments[0] as Node | undefined);
  }
  return undefined;
}

function addRecord(ctx: Context, domain: string, call: Call, type: string, owner: { label: string; range?: OffsetRange }, rdata: RdataSource[], extra: { ttl?: { value: number; start: number; end: number }; rewrite?: ReturnType<typeof literalRewrite> }): void {
  const txt = type === 'TXT';
  const suppressed = suppressedAt(ctx.targets, [call.start ?? 0], txt ? SPLIT_BY_DNSCONTROL : []);
  ctx.records.push(
    new JsRecord({
      host: 'dnscontrol',
      uri: ctx.uri,
      owner: dnscontrolOwner(owner.label, domain),
      ...(owner.range ? { ownerRange: owner.range } : {}),
      origin: `${domain.toLowerCase().replace(/\.$/, '')}.`,
      type,
      typeRange: range(call.callee as Node),
      ...(extra.ttl ? { ttl: extra.ttl.value, ttlRange: { start: extra.ttl.start, end: extra.ttl.end } } : {}),
      range: range(call),
      rdata,
      provider: 'dnscontrol',
      ...(suppressed ? { suppressed } : {}),
      ...(extra.rewrite ? { rewriteValue: extra.rewrite } : {}),
    }),
  );
}

function recordCall(ctx: Context, domain: string, call: Call): void {
  const name = calleeName(call);
  if (!name) return;
  if (name === 'DMARC_BUILDER' || name === 'SPF_BUILDER') {
    const out: BuilderOutput | undefined = name === 'DMARC_BUILDER' ? dmarcBuilder(ctx.text, call, ctx.resolve) : spfBuilder(ctx.text, call, ctx.resolve);
    if (!out) return;
    addRecord(ctx, domain, call, 'TXT', { label: out.label, ...(out.labelRange ? { range: out.labelRange } : {}) }, [{ text: out.value, encoding: 'raw' }], out.ttl ? { ttl: out.ttl } : {});
    return;
  }
  const layout = LAYOUTS[name];
  if (!layout) return;
  const args = call.arguments as Node[];
  const labelHost = jsHostString(ctx.text, args[0], ctx.resolve);
  if (!labelHost || labelHost.opaque.length > 0) return;
  const rdata: RdataSource[] = [];
  let rewrite;
  for (let k = 0; k < layout.length; k++) {
    const arg = args[k + 1];
    if (!arg) return;
    const kind = layout[k]!;
    if (kind === 'number') {
      const n = unwrap(arg);
      if (n.type === 'NumericLiteral') rdata.push({ text: verbatimHostString(ctx.text, range(n), (t) => t), encoding: 'presentation' });
      else {
        const s = jsHostString(ctx.text, arg, ctx.resolve);
        if (!s) return;
        rdata.push({ text: s, encoding: 'presentation' });
      }
    } else if (kind === 'name') {
      const s = jsHostString(ctx.text, arg, ctx.resolve);
      if (!s) return;
      rdata.push({ text: s, encoding: 'presentation' });
    } else {
      const items = arrayItems(arg);
      const parts = items ?? [arg];
      for (const part of parts) {
        const s = jsHostString(ctx.text, part, ctx.resolve);
        if (!s) return;
        rdata.push({ text: s, encoding: 'raw' });
      }
      if (!items && rdata[0]) rewrite = literalRewrite(ctx.text, rdata[0].text, 'raw');
    }
  }
  const ttl = ttlModifier(args.slice(layout.length + 1));
  const owner = ctx.text[labelHost.range.start] === '"' || ctx.text[labelHost.range.start] === "'" ? contentRange(labelHost) : undefined;
  addRecord(ctx, domain, call, name, { label: labelHost.value, ...(owner ? { range: owner } : {}) }, rdata, { ...(ttl ? { ttl } : {}), ...(rewrite ? { rewrite } : {}) });
}

/** Record arguments of a domain: calls, arrays of them, and variables holding either. */
function domainItem(ctx: Context, domain: string, node: Node, depth: number): void {
  if (depth > 8) return;
  const n = unwrap(node);
  if (n.type === 'CallExpression') {
    // A record held in a variable may be used by several domains: it is added to each.
    recordCall(ctx, domain, n);
  } else if (n.type === 'ArrayExpression') {
    for (const e of n.elements) if (e && e.type !== 'SpreadElement') domainItem(ctx, domain, e as Node, depth + 1);
  } else if (n.type === 'Identifier') {
    const target = ctx.resolve(n.name);
    if (target) domainItem(ctx, domain, target, depth + 1);
  }
}

export function parseDnscontrol(input: DocumentInput): ParsedDocument {
  const text = input.text;
  if (!text.includes('D(') && !text.includes('D_EXTEND(')) return iacDocument(input, 'dnscontrol');
  const program = parseJs(text, false);
  const ctx: Context = {
    text,
    uri: input.uri,
    resolve: variableResolver(program.body),
    targets: jsSuppressionTargets(text, program.comments),
    records: [],
  };
  const domains = new Set<string>();
  walk(program.body, (node) => {
    if (node.type !== 'CallExpression') return;
    const name = calleeName(node);
    if (name !== 'D' && name !== 'D_EXTEND') return;
    const first = node.arguments[0] as Node | undefined;
    const domainHost = jsHostString(text, first, ctx.resolve);
    if (!domainHost || domainHost.opaque.length > 0 || domainHost.value === '') return;
    // `D('example.com!tag')`: the tag after `!` is no part of the domain (a scan, not /!.*$/, which is quadratic).
    const bang = domainHost.value.indexOf('!');
    const domain = bang < 0 ? domainHost.value : domainHost.value.slice(0, bang);
    domains.add(domain.toLowerCase());
    for (const arg of node.arguments.slice(1)) domainItem(ctx, domain, arg as Node, 0);
  });
  ctx.records.sort((a, b) => a.range.start - b.range.start);
  const only = domains.size === 1 ? [...domains][0] : undefined;
  return iacDocument(input, 'dnscontrol', ctx.records, [], only ? `${only.replace(/\.$/, '')}.` : undefined);
}

export const dnscontrolHost: HostAdapter = {
  id: 'dnscontrol',
  matches(input: DocumentInput): boolean {
    if (input.languageId !== undefined && input.languageId !== 'javascript' && input.languageId !== 'plaintext') return false;
    return isDnscontrolFile(input.uri);
  },
  parse: (input) => parseDnscontrol(input),
};
