/**
 * The Pulumi host adapter: TypeScript and JavaScript programs that import `@pulumi/...`. DNS
 * record resources (`new aws.route53.Record`, `cloudflare.Record` / `DnsRecord`,
 * `gcp.dns.RecordSet`, `azure.dns.TxtRecord` / `MxRecord`, `azure-native` `RecordSet`) become
 * record sites with the same provider semantics as their Terraform counterparts (the Pulumi
 * providers are bridged from them): Route 53 TXT items are raw text split with `""`,
 * Cloudflare TXT content is raw unless it starts with a DNS quote, Google `rrdatas` are zone
 * presentation text, Azure values are raw strings the service splits itself.
 */
import { iacDocument } from '../iac/document';
import type { DocumentInput, OffsetRange, ParsedDocument, RecordSite } from '../../model';
import type { HostAdapter } from '../host';
import { verbatimHostString } from '../iac/host-string';
import type { RdataSource } from '../iac/iac-record';
import { parseJs, walk, type Node } from '../js/parse';
import { jsHostString, unwrap, type Resolve } from '../js/js-string';
import { arrayItems, calleePath, numberOf, objectOf, property, propertyValue, rootIdentifier, variableResolver } from '../js/ast';
import { JsRecord, literalRewrite, type Rewrite } from '../js/record';
import { jsSuppressionTargets, suppressedAt } from '../js/suppress';
import { ownerName } from '../terraform/providers/common';
import { importTable, resolveCallee } from './imports';

type ObjectExpression = NonNullable<ReturnType<typeof objectOf>>;

/** Providers that split a long raw TXT value into 255-octet strings themselves. */
const SPLIT_BY_PROVIDER = ['txt/string-too-long'];

const EXTENSIONS = ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs'];

function path(uri: string): string {
  return (uri.split(/[?#]/, 1)[0] ?? uri).toLowerCase();
}

/** True for a TypeScript or JavaScript file name (declaration files excluded). */
export function isScriptFileName(uri: string): boolean {
  const p = path(uri);
  return !p.endsWith('.d.ts') && EXTENSIONS.some((e) => p.endsWith(e));
}

/** The cheap probe: a Pulumi package import (ordinary scripts stop here). */
export function mentionsPulumi(text: string): boolean {
  return text.includes('@pulumi/');
}

interface Context {
  readonly text: string;
  readonly uri: string;
  readonly resolve: Resolve;
  readonly targets: Map<number, Set<string>>;
  readonly records: RecordSite[];
  readonly zones: Set<string>;
}

const range = (n: Node): OffsetRange => ({ start: n.start ?? 0, end: n.end ?? 0 });

/** The DNS name of the zone a `zoneId` / `managedZone` / `zoneName` expression refers to. */
function zoneOf(ctx: Context, expr: Node | undefined, literalIsName: boolean): string | undefined {
  if (!expr) return undefined;
  const n = unwrap(expr);
  if (n.type === 'StringLiteral') return literalIsName ? n.value.toLowerCase().replace(/\.$/, '') : undefined;
  const root = rootIdentifier(n);
  const init = root ? ctx.resolve(root) : undefined;
  if (!init) return undefined;
  let found: string | undefined;
  walk([init], (node) => {
    if (found || node.type !== 'ObjectExpression') return;
    for (const key of ['dnsName', 'zone', 'name']) {
      const v = propertyValue(node, key);
      const u = v ? unwrap(v) : undefined;
      if (u && u.type === 'StringLiteral' && u.value.includes('.')) {
        found = u.value.toLowerCase().replace(/\.$/, '');
        return;
      }
    }
  });
  return found;
}

/** The record type: a string (`"TXT"`) or an enum member (`aws.route53.RecordType.TXT`). */
function typeOf(node: Node | undefined): { type: string; range: OffsetRange } | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type === 'StringLiteral') return { type: n.value.toUpperCase(), range: { start: (n.start ?? 0) + 1, end: (n.end ?? 0) - 1 } };
  const p = calleePath(n);
  return p && p.length > 1 ? { type: p[p.length - 1]!.toUpperCase(), range: range(n) } : undefined;
}

interface Fields {
  readonly owner: string;
  readonly ownerRange?: OffsetRange;
  readonly ttl?: number;
  readonly ttlRange?: OffsetRange;
}

function fields(ctx: Context, args: ObjectExpression, zone: string | undefined, nameKey = 'name'): Fields | undefined {
  const nameHost = jsHostString(ctx.text, propertyValue(args, nameKey), ctx.resolve);
  const ttl = numberOf(propertyValue(args, 'ttl'));
  const plain = nameHost && nameHost.opaque.length === 0;
  return {
    owner: ownerName(plain ? nameHost.value : '', zone),
    ...(plain && unwrap(propertyValue(args, nameKey)!).type === 'StringLiteral' ? { ownerRange: nameHost.map.toDocSpan(0, nameHost.value.length) } : {}),
    ...(ttl ? { ttl: ttl.value, ttlRange: { start: ttl.start, end: ttl.end } } : {}),
  };
}

function add(ctx: Context, resource: Node, f: Fields, type: string, typeRange: OffsetRange, provider: string, rdata: RdataSource[], item: Node | undefined, opts: { splits?: boolean; rewrite?: Rewrite | undefined }, zone: string | undefined): void {
  const txt = type === 'TXT' || type === 'SPF';
  const always = txt && opts.splits ? SPLIT_BY_PROVIDER : [];
  const offsets = [resource.start ?? 0, ...(item ? [item.start ?? 0] : [])];
  const suppressed = suppressedAt(ctx.targets, offsets, always);
  if (zone) ctx.zones.add(zone);
  ctx.records.push(
    new JsRecord({
      host: 'pulumi',
      uri: ctx.uri,
      ...f,
      origin: zone ? `${zone}.` : '.',
      type,
      typeRange,
      range: range(resource),
      rdata,
      provider,
      ...(suppressed ? { suppressed } : {}),
      ...(opts.rewrite ? { rewriteValue: opts.rewrite } : {}),
    }),
  );
}

/** A presentation-format source for a number or string RDATA field. */
function field(ctx: Context, node: Node | undefined): RdataSource | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type === 'NumericLiteral') return { text: verbatimHostString(ctx.text, range(n), (t) => t), encoding: 'presentation' };
  const s = jsHostString(ctx.text, node, ctx.resolve);
  return s ? { text: s, encoding: 'presentation' } : undefined;
}

function route53(ctx: Context, resource: Node, args: ObjectExpression): void {
  const t = typeOf(propertyValue(args, 'type'));
  if (!t) return;
  const zone = zoneOf(ctx, propertyValue(args, 'zoneId'), false);
  const f = fields(ctx, args, zone);
  const txt = t.type === 'TXT' || t.type === 'SPF';
  if (!f) return;
  for (const item of arrayItems(propertyValue(args, 'records')) ?? []) {
    const s = jsHostString(ctx.text, item, ctx.resolve);
    if (!s) continue;
    const rewrite = txt ? literalRewrite(ctx.text, s, 'split-quotes') : undefined;
    add(ctx, resource, f, t.type, t.range, 'route53', [{ text: s, encoding: txt ? 'split-quotes' : 'presentation' }], item, { rewrite }, zone);
  }
}

function cloudflare(ctx: Context, resource: Node, args: ObjectExpression): void {
  const t = typeOf(propertyValue(args, 'type'));
  if (!t) return;
  const zone = zoneOf(ctx, propertyValue(args, 'zoneId'), false);
  const f = fields(ctx, args, zone);
  if (!f) return;
  const content = propertyValue(args, 'content') ?? propertyValue(args, 'value');
  const txt = t.type === 'TXT' || t.type === 'SPF';
  const rdata: RdataSource[] = [];
  let quoted = false;
  let rewrite: Rewrite | undefined;
  if (txt) {
    const s = jsHostString(ctx.text, content, ctx.resolve);
    if (!s) return;
    quoted = s.value.trimStart().startsWith('"');
    rdata.push({ text: s, encoding: quoted ? 'presentation' : 'raw' });
    rewrite = literalRewrite(ctx.text, s, 'presentation');
  } else {
    if (t.type === 'MX') {
      const p = field(ctx, propertyValue(args, 'priority'));
      if (!p) return;
      rdata.push(p);
    }
    const s = field(ctx, content);
    if (!s) return;
    rdata.push(s);
  }
  add(ctx, resource, f, t.type, t.range, 'cloudflare', rdata, undefined, { splits: !quoted, rewrite }, zone);
}

function google(ctx: Context, resource: Node, args: ObjectExpression): void {
  const t = typeOf(propertyValue(args, 'type'));
  if (!t) return;
  const zone = zoneOf(ctx, propertyValue(args, 'managedZone'), false);
  const f = fields(ctx, args, zone);
  if (!f) return;
  const txt = t.type === 'TXT' || t.type === 'SPF';
  for (const item of arrayItems(propertyValue(args, 'rrdatas')) ?? []) {
    const s = jsHostString(ctx.text, item, ctx.resolve);
    if (!s) continue;
    add(ctx, resource, f, t.type, t.range, 'google', [{ text: s, encoding: 'presentation' }], item, { rewrite: txt ? literalRewrite(ctx.text, s, 'presentation') : undefined }, zone);
  }
}

/** `azure.dns.TxtRecord` / `MxRecord`: `records: [{ value }]` or `[{ preference, exchange }]`. */
function azureClassic(ctx: Context, resource: Node, args: ObjectExpression, type: 'TXT' | 'MX', typeRange: OffsetRange): void {
  const zone = zoneOf(ctx, propertyValue(args, 'zoneName'), true);
  const f = fields(ctx, args, zone);
  if (!f) return;
  for (const item of arrayItems(propertyValue(args, 'records')) ?? []) {
    const obj = objectOf(item);
    if (!obj) continue;
    if (type === 'TXT') {
      const s = jsHostString(ctx.text, propertyValue(obj, 'value'), ctx.resolve);
      if (!s) continue;
      add(ctx, resource, f, type, typeRange, 'azure', [{ text: s, encoding: 'raw' }], item, { splits: true, rewrite: literalRewrite(ctx.text, s, 'raw') }, zone);
    } else {
      const p = field(ctx, propertyValue(obj, 'preference'));
      const e = field(ctx, propertyValue(obj, 'exchange'));
      if (p && e) add(ctx, resource, f, type, typeRange, 'azure', [p, e], item, {}, zone);
    }
  }
}

/** `azure-native` `RecordSet`: `recordType`, `txtRecords: [{ value: [...] }]`, `mxRecords`. */
function azureNative(ctx: Context, resource: Node, args: ObjectExpression): void {
  const t = typeOf(propertyValue(args, 'recordType'));
  if (!t) return;
  const zone = zoneOf(ctx, propertyValue(args, 'zoneName'), true);
  const f = fields(ctx, args, zone, 'relativeRecordSetName');
  if (!f) return;
  if (t.type === 'TXT') {
    for (const item of arrayItems(propertyValue(args, 'txtRecords')) ?? []) {
      const values = arrayItems(propertyValue(objectOf(item), 'value'));
      if (!values || values.length === 0) continue;
      const rdata: RdataSource[] = [];
      for (const v of values) {
        const s = jsHostString(ctx.text, v, ctx.resolve);
        if (s) rdata.push({ text: s, encoding: 'raw' });
      }
      if (rdata.length === values.length) add(ctx, resource, f, 'TXT', t.range, 'azure', rdata, item, { splits: true }, zone);
    }
  } else if (t.type === 'MX') {
    for (const item of arrayItems(propertyValue(args, 'mxRecords')) ?? []) {
      const obj = objectOf(item);
      const p = field(ctx, propertyValue(obj, 'preference'));
      const e = field(ctx, propertyValue(obj, 'exchange'));
      if (p && e) add(ctx, resource, f, 'MX', t.range, 'azure', [p, e], item, {}, zone);
    }
  }
}

function resource(ctx: Context, node: Extract<Node, { type: 'NewExpression' }>, pkg: string, path: readonly string[]): void {
  const args = objectOf(node.arguments[1] as Node | undefined);
  if (!args) return;
  const last = path[path.length - 1];
  const calleeRange = range(node.callee as Node);
  if (pkg === 'aws' && path.join('.') === 'route53.Record') route53(ctx, node, args);
  else if (pkg === 'cloudflare' && (last === 'Record' || last === 'DnsRecord') && path.length === 1) cloudflare(ctx, node, args);
  else if (pkg === 'gcp' && path.join('.') === 'dns.RecordSet') google(ctx, node, args);
  else if (pkg === 'azure' && last === 'TxtRecord') azureClassic(ctx, node, args, 'TXT', calleeRange);
  else if (pkg === 'azure' && last === 'MxRecord') azureClassic(ctx, node, args, 'MX', calleeRange);
  else if (pkg === 'azure-native' && last === 'RecordSet' && property(args, 'recordType')) azureNative(ctx, node, args);
}

export function parsePulumi(input: DocumentInput): ParsedDocument {
  const text = input.text;
  if (!mentionsPulumi(text) || !text.includes('Record')) return iacDocument(input, 'pulumi');
  const p = path(input.uri);
  const typescript = input.languageId === 'typescript' || p.endsWith('.ts') || p.endsWith('.mts') || p.endsWith('.cts');
  const program = parseJs(text, typescript);
  const imports = importTable(program.body);
  if (imports.size === 0) return iacDocument(input, 'pulumi');
  const ctx: Context = {
    text,
    uri: input.uri,
    resolve: variableResolver(program.body),
    targets: jsSuppressionTargets(text, program.comments),
    records: [],
    zones: new Set(),
  };
  walk(program.body, (node) => {
    if (node.type !== 'NewExpression') return;
    const callee = resolveCallee(imports, node.callee as Node);
    if (callee) resource(ctx, node, callee.pkg, callee.path);
  });
  ctx.records.sort((a, b) => a.range.start - b.range.start);
  const only = ctx.zones.size === 1 ? [...ctx.zones][0] : undefined;
  return iacDocument(input, 'pulumi', ctx.records, [], only ? `${only}.` : undefined);
}

export const pulumiHost: HostAdapter = {
  id: 'pulumi',
  matches(input: DocumentInput): boolean {
    const lang = input.languageId;
    if (lang !== undefined && lang !== 'typescript' && lang !== 'javascript' && lang !== 'plaintext') return false;
    if (lang === undefined || lang === 'plaintext') {
      if (!isScriptFileName(input.uri)) return false;
    }
    return mentionsPulumi(input.text);
  },
  parse: (input) => parsePulumi(input),
};
