/** What the provider modules share: the build context, owner names, TTLs and suppression. */
import type { OffsetRange, RecordSite } from '../../../model';
import type { HostString } from '../../iac/host-string';
import { verbatimHostString } from '../../iac/host-string';
import type { RdataSource } from '../../iac/iac-record';
import type { HclBlock, HclExpr } from '../hcl/parser';
import { attribute, hostString, literalNumber, literalString } from '../hcl/query';
import type { ZoneIndex } from '../zones';
import { TerraformRecord, type Rewrite } from '../record';

export interface BuildContext {
  readonly text: string;
  readonly uri: string;
  readonly zones: ZoneIndex;
  /**
   * Codes silenced for a record of `type` by comments before any of these offsets (line
   * starts), and the codes the provider rules report instead.
   */
  suppressedAt(type: string, offsets: readonly number[]): ReadonlySet<string> | undefined;
  add(record: RecordSite, zone: string | undefined): void;
}

/**
 * The absolute owner for a provider `name`: relative to the zone unless it already ends with
 * the zone (the providers accept both); `@` or empty is the apex. Without a known zone the name
 * is taken as written.
 */
export function ownerName(name: string, zone: string | undefined): string {
  const n = name.toLowerCase().replace(/\.$/, '');
  if (!zone) return n === '' || n === '@' ? '.' : `${n}.`;
  if (n === '' || n === '@') return `${zone}.`;
  if (n === zone || n.endsWith(`.${zone}`)) return `${n}.`;
  return `${n}.${zone}.`;
}

export interface CommonFields {
  readonly type: string;
  readonly typeRange: OffsetRange;
  readonly owner: string;
  readonly ownerRange?: OffsetRange;
  readonly ttl?: number;
  readonly ttlRange?: OffsetRange;
}

/** Type, owner and TTL of a record resource; undefined when the type is not a literal. */
export function commonFields(ctx: BuildContext, block: HclBlock, zone: string | undefined, nameAttr = 'name'): CommonFields | undefined {
  const type = literalString(ctx.text, attribute(block.body, 'type')?.value);
  return type ? fieldsWithType(ctx, block, zone, type.value.toUpperCase(), type.range, nameAttr) : undefined;
}

/** Owner and TTL with a type given by the resource type (Azure's typed resources). */
export function fieldsWithType(ctx: BuildContext, block: HclBlock, zone: string | undefined, type: string, typeRange: OffsetRange, nameAttr = 'name'): CommonFields {
  const nameExpr = attribute(block.body, nameAttr)?.value;
  const name = hostString(ctx.text, nameExpr);
  const ttl = literalNumber(ctx.text, attribute(block.body, 'ttl')?.value);
  return {
    type,
    typeRange,
    owner: ownerName(name?.value ?? '', zone),
    ...(name && nameExpr?.kind === 'string' ? { ownerRange: name.map.toDocSpan(0, name.value.length) } : {}),
    ...(ttl ? { ttl: ttl.value, ttlRange: ttl.range } : {}),
  };
}

/** A presentation-format source for a number or a string expression (RDATA fields). */
export function fieldSource(ctx: BuildContext, expr: HclExpr | undefined, encoding: RdataSource['encoding'] = 'presentation'): RdataSource | undefined {
  if (!expr) return undefined;
  if (expr.kind === 'number') return { text: verbatimHostString(ctx.text, expr.range, (t) => t), encoding: 'presentation' };
  const s: HostString | undefined = hostString(ctx.text, expr);
  return s ? { text: s, encoding } : undefined;
}

/** The line starts a suppression comment may precede: the block, and each attribute or item given. */
export function suppressionOffsets(...ranges: (OffsetRange | undefined)[]): number[] {
  return ranges.filter((r): r is OffsetRange => !!r).map((r) => r.start);
}

/**
 * Records from a list attribute holding one value per record (`records` of Route 53, `rrdatas`
 * of Google): each item becomes a record of the block's name and type.
 */
export function listRecords(
  ctx: BuildContext,
  block: HclBlock,
  zone: string | undefined,
  listName: string,
  provider: string,
  encoding: (txt: boolean) => RdataSource['encoding'],
  rewriteOf: (text: string, host: HostString) => Rewrite | undefined,
): void {
  const fields = commonFields(ctx, block, zone);
  const list = attribute(block.body, listName);
  if (!fields || !list || list.value.kind !== 'list') return;
  const txt = fields.type === 'TXT' || fields.type === 'SPF';
  for (const item of list.value.items) {
    const text = hostString(ctx.text, item);
    if (!text) continue;
    const rewrite = txt ? rewriteOf(ctx.text, text) : undefined;
    const suppressed = ctx.suppressedAt(fields.type, suppressionOffsets(block.range, list.range, item.range));
    ctx.add(
      new TerraformRecord({
        host: 'terraform',
        uri: ctx.uri,
        ...fields,
        origin: '.',
        range: block.range,
        rdata: [{ text, encoding: encoding(txt) }],
        provider,
        ...(suppressed ? { suppressed } : {}),
        ...(rewrite ? { rewriteValue: rewrite } : {}),
      }),
      zone,
    );
  }
}
