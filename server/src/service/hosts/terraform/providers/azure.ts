/**
 * `azurerm_dns_txt_record` (one record per `record { value }` block, a raw string the provider
 * splits itself) and `azurerm_dns_mx_record` (`record { preference exchange }`). `zone_name` is
 * the zone, written out or referring to an `azurerm_dns_zone` in the same file.
 */
import type { HclBlock } from '../hcl/parser';
import { attribute, blocks, hostString } from '../hcl/query';
import { TerraformRecord, rawRewrite } from '../record';
import { fieldSource, fieldsWithType, suppressionOffsets, type BuildContext } from './common';

export function azureRecords(ctx: BuildContext, block: HclBlock, type: 'TXT' | 'MX'): void {
  const zone = ctx.zones.resolveAzure(attribute(block.body, 'zone_name')?.value);
  const fields = fieldsWithType(ctx, block, zone, type, block.labels[0]!.range);
  for (const inner of blocks(block.body, 'record')) {
    const suppressed = ctx.suppressedAt(fields.type, suppressionOffsets(block.range, inner.range));
    const base = {
      host: 'terraform' as const,
      uri: ctx.uri,
      ...fields,
      origin: '.',
      range: block.range,
      provider: 'azure',
      ...(suppressed ? { suppressed } : {}),
    };
    if (type === 'TXT') {
      const text = hostString(ctx.text, attribute(inner.body, 'value')?.value);
      if (!text) continue;
      const rewrite = rawRewrite(ctx.text, text);
      ctx.add(new TerraformRecord({ ...base, rdata: [{ text, encoding: 'raw' }], ...(rewrite ? { rewriteValue: rewrite } : {}) }), zone);
    } else {
      const preference = fieldSource(ctx, attribute(inner.body, 'preference')?.value);
      const exchange = fieldSource(ctx, attribute(inner.body, 'exchange')?.value);
      if (!preference || !exchange) continue;
      ctx.add(new TerraformRecord({ ...base, rdata: [preference, exchange] }), zone);
    }
  }
}
