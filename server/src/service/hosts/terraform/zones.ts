/**
 * Zone names declared in the same file, for owner names relative to a zone: Route 53
 * (`aws_route53_zone.<x>` `name`), Google (`google_dns_managed_zone.<x>` `dns_name`),
 * Cloudflare (`cloudflare_zone.<x>` `zone` or `name`) and Azure (`azurerm_dns_zone.<x>` `name`),
 * as resources or data sources.
 */
import type { HclBlock, HclExpr, HclItem } from './hcl/parser';
import { attribute, literalString } from './hcl/query';

const ZONE_ATTRIBUTES: Record<string, readonly string[]> = {
  aws_route53_zone: ['name'],
  google_dns_managed_zone: ['dns_name'],
  cloudflare_zone: ['zone', 'name'],
  azurerm_dns_zone: ['name'],
};

/** A zone name without the trailing dot, lower case. */
export function normalizeZone(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}

export class ZoneIndex {
  /** `aws_route53_zone.main` or `data.aws_route53_zone.main` → zone name. */
  private readonly byKey = new Map<string, string>();
  /** Google managed zone resource name (`name`) → DNS name. */
  private readonly googleByName = new Map<string, string>();

  constructor(
    private readonly text: string,
    top: readonly HclItem[],
  ) {
    for (const item of top) {
      if (item.kind !== 'block' || (item.type !== 'resource' && item.type !== 'data') || item.labels.length < 2) continue;
      this.add(item);
    }
  }

  private add(block: HclBlock): void {
    const type = block.labels[0]!.value;
    const names = ZONE_ATTRIBUTES[type];
    if (!names) return;
    const key = `${block.type === 'data' ? 'data.' : ''}${type}.${block.labels[1]!.value}`;
    for (const n of names) {
      const v = literalString(this.text, attribute(block.body, n)?.value);
      // A Google data source's `name` is the managed zone's name, not its DNS name.
      if (v && v.value.length > 0 && !(block.type === 'data' && type === 'google_dns_managed_zone')) {
        this.byKey.set(key, normalizeZone(v.value));
        break;
      }
    }
    if (type === 'google_dns_managed_zone') {
      const managed = literalString(this.text, attribute(block.body, 'name')?.value);
      const dns = this.byKey.get(key);
      if (managed && dns) this.googleByName.set(managed.value, dns);
    }
  }

  /** The zone a reference (`aws_route53_zone.main.zone_id`) points to. */
  resolveReference(expr: HclExpr | undefined): string | undefined {
    if (!expr || expr.kind !== 'reference') return undefined;
    const p = expr.path;
    const key = p[0] === 'data' ? p.slice(0, 3).join('.') : p.slice(0, 2).join('.');
    return this.byKey.get(key);
  }

  /** A Google `managed_zone`: a reference, or the managed zone's name as a string. */
  resolveGoogle(expr: HclExpr | undefined): string | undefined {
    const byRef = this.resolveReference(expr);
    if (byRef) return byRef;
    const v = literalString(this.text, expr);
    return v ? this.googleByName.get(v.value) : undefined;
  }

  /** An Azure `zone_name`: a reference, or the zone's name itself. */
  resolveAzure(expr: HclExpr | undefined): string | undefined {
    const byRef = this.resolveReference(expr);
    if (byRef) return byRef;
    const v = literalString(this.text, expr);
    return v && v.value.length > 0 ? normalizeZone(v.value) : undefined;
  }
}
