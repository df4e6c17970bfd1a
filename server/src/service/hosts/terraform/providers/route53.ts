/**
 * `aws_route53_record`: one record per `records` item. TXT and SPF items are raw text that the
 * AWS provider wraps in quotes, so `\"\"` inside the HCL string separates character-strings;
 * other types are zone presentation text. `zone_id` names the zone when it refers to an
 * `aws_route53_zone` in the same file.
 */
import type { HclBlock } from '../hcl/parser';
import { attribute, hostString } from '../hcl/query';
import { TerraformRecord, route53Rewrite } from '../record';
import { commonFields, suppressionOffsets, type BuildContext } from './common';

export function route53Records(ctx: BuildContext, block: HclBlock): void {
  const zone = ctx.zones.resolveReference(attribute(block.body, 'zone_id')?.value);
  const fields = commonFields(ctx, block, zone);
  const records = attribute(block.body, 'records');
  if (!fields || !records || records.value.kind !== 'list') return;
  const txt = fields.type === 'TXT' || fields.type === 'SPF';
  for (const item of records.value.items) {
    const text = hostString(ctx.text, item);
    if (!text) continue;
    const rewrite = txt ? route53Rewrite(ctx.text, text) : undefined;
    const suppressed = ctx.suppressedAt(fields.type, suppressionOffsets(block.range, records.range, item.range));
    ctx.add(
      new TerraformRecord({
        host: 'terraform',
        uri: ctx.uri,
        ...fields,
        origin: '.',
        range: block.range,
        rdata: [{ text, encoding: txt ? 'split-quotes' : 'presentation' }],
        provider: 'route53',
        ...(suppressed ? { suppressed } : {}),
        ...(rewrite ? { rewriteValue: rewrite } : {}),
      }),
      zone,
    );
  }
}
