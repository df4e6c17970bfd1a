/**
 * `google_dns_record_set`: one record per `rrdatas` item, each in zone presentation format
 * (a TXT value carries its own DNS quotes: `"\"v=spf1 -all\""`). `managed_zone` names the zone
 * when it refers to a `google_dns_managed_zone` in the same file.
 */
import type { HclBlock } from '../hcl/parser';
import { attribute } from '../hcl/query';
import { presentationRewrite } from '../record';
import { listRecords, type BuildContext } from './common';

export function googleRecords(ctx: BuildContext, block: HclBlock): void {
  const zone = ctx.zones.resolveGoogle(attribute(block.body, 'managed_zone')?.value);
  listRecords(ctx, block, zone, 'rrdatas', 'google', () => 'presentation', presentationRewrite);
}
