/**
 * `cloudflare_record` (provider 4) and `cloudflare_dns_record` (provider 5): one record per
 * resource. TXT `content` (or the older `value`) is one raw string unless it starts with a DNS
 * quote, when Cloudflare reads it as quoted character-strings. MX and URI take `priority`
 * beside `content`; TLSA, SRV and CAA may be written as `data` (a block in 4, an object in 5).
 */
import type { HclAttribute, HclBlock, HclExpr, HclItem } from '../hcl/parser';
import { attribute, blocks, hostString } from '../hcl/query';
import type { RdataSource } from '../../iac/iac-record';
import { TerraformRecord, presentationRewrite } from '../record';
import { commonFields, fieldSource, suppressionOffsets, type BuildContext } from './common';

/** RDATA fields of `data` per type, in presentation order (`raw` marks a TXT-like string). */
const DATA_FIELDS: Record<string, readonly (readonly [string, 'presentation' | 'raw'])[]> = {
  TLSA: [['usage', 'presentation'], ['selector', 'presentation'], ['matching_type', 'presentation'], ['certificate', 'presentation']],
  SRV: [['priority', 'presentation'], ['weight', 'presentation'], ['port', 'presentation'], ['target', 'presentation']],
  CAA: [['flags', 'presentation'], ['tag', 'presentation'], ['value', 'raw']],
};

function dataItems(block: HclBlock): readonly HclItem[] | undefined {
  const inner = blocks(block.body, 'data')[0];
  if (inner) return inner.body;
  const attr: HclAttribute | undefined = attribute(block.body, 'data');
  return attr && attr.value.kind === 'object' ? attr.value.items : undefined;
}

export function cloudflareRecords(ctx: BuildContext, block: HclBlock): void {
  const zone = ctx.zones.resolveReference(attribute(block.body, 'zone_id')?.value);
  const fields = commonFields(ctx, block, zone);
  if (!fields) return;
  const contentAttr = attribute(block.body, 'content') ?? attribute(block.body, 'value');
  const content: HclExpr | undefined = contentAttr?.value;
  const sources: RdataSource[] = [];
  let rewrite;
  if (fields.type === 'TXT' || fields.type === 'SPF') {
    const text = hostString(ctx.text, content);
    if (!text) return;
    const quoted = text.value.trimStart().startsWith('"');
    sources.push({ text, encoding: quoted ? 'presentation' : 'raw' });
    rewrite = presentationRewrite(ctx.text, text);
  } else if (content) {
    if (fields.type === 'MX' || fields.type === 'URI') {
      const priority = fieldSource(ctx, attribute(block.body, 'priority')?.value);
      if (!priority) return;
      sources.push(priority);
    }
    const s = fieldSource(ctx, content);
    if (!s) return;
    sources.push(s);
  } else {
    const items = dataItems(block);
    const spec = DATA_FIELDS[fields.type];
    if (!items || !spec) return;
    for (const [name, encoding] of spec) {
      const s = fieldSource(ctx, attribute(items, name)?.value, encoding);
      if (!s) return;
      sources.push(s);
    }
  }
  const suppressed = ctx.suppressedAt(fields.type, suppressionOffsets(block.range, contentAttr?.range));
  ctx.add(
    new TerraformRecord({
      host: 'terraform',
      uri: ctx.uri,
      ...fields,
      origin: '.',
      range: block.range,
      rdata: sources,
      provider: 'cloudflare',
      ...(suppressed ? { suppressed } : {}),
      ...(rewrite ? { rewriteValue: rewrite } : {}),
    }),
    zone,
  );
}
