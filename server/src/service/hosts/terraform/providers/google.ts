/**
 * `google_dns_record_set`: one record per `rrdatas` item, each in zone presentation format
 * (a TXT value carries its own DNS quotes: `"\"v=spf1 -all\""`). `managed_zone` names the zone
 * when it refers to a `google_dns_managed_zone` in the same file.
 */
import type { HclBlock } from '../hcl/parser';
import { attribute, hostString } from '../hcl/query';
import { TerraformRecord, presentationRewrite } from '../record';
import { commonFields, suppressionOffsets, type BuildContext } from './common';

export function googleRecords(ctx: BuildContext, block: HclBlock): void {
  const zone = ctx.zones.resolveGoogle(attribute(block.body, 'managed_zone')?.value);
  const fields = commonFields(ctx, block, zone);
  const rrdatas = attribute(block.body, 'rrdatas');
  if (!fields || !rrdatas || rrdatas.value.kind !== 'list') return;
  const txt = fields.type === 'TXT' || fields.type === 'SPF';
  for (const item of rrdatas.value.items) {
    const text = hostString(ctx.text, item);
    if (!text) continue;
    const rewrite = txt ? presentationRewrite(ctx.text, text) : undefined;
    const suppressed = ctx.suppressedAt(fields.type, suppressionOffsets(block.range, rrdatas.range, item.range));
    ctx.add(
      new TerraformRecord({
        host: 'terraform',
        uri: ctx.uri,
        ...fields,
        origin: '.',
        range: block.range,
        rdata: [{ text, encoding: 'presentation' }],
        provider: 'google',
        ...(suppressed ? { suppressed } : {}),
        ...(rewrite ? { rewriteValue: rewrite } : {}),
      }),
      zone,
    );
  }
}
