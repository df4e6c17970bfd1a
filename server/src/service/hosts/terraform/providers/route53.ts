/**
 * `aws_route53_record`: one record per `records` item. TXT and SPF items are raw text that the
 * AWS provider wraps in quotes, so `\"\"` inside the HCL string separates character-strings;
 * other types are zone presentation text. `zone_id` names the zone when it refers to an
 * `aws_route53_zone` in the same file.
 */
import type { HclBlock } from '../hcl/parser';
import { attribute } from '../hcl/query';
import { route53Rewrite } from '../record';
import { listRecords, type BuildContext } from './common';

export function route53Records(ctx: BuildContext, block: HclBlock): void {
  const zone = ctx.zones.resolveReference(attribute(block.body, 'zone_id')?.value);
  listRecords(ctx, block, zone, 'records', 'route53', (txt) => (txt ? 'split-quotes' : 'presentation'), route53Rewrite);
}
