/**
 * Terraform record sites: IaC records whose value edits are written the way each provider
 * wants long TXT values (Route 53 `\"\"` splits, quoted chunks for Google and Cloudflare, one
 * raw string for Azure), re-escaped for the HCL string that holds them.
 */
import type { OffsetEdit, RecordValue } from '../../model';
import { IacRecord, type IacRecordInput } from '../iac/iac-record';
import type { HostString } from '../iac/host-string';
import { chunkValue, escapeZoneString } from '../../policies/value-edits';

export class TerraformRecord extends IacRecord {
  private plainValue: RecordValue | undefined;

  constructor(input: IacRecordInput) {
    super(input);
  }

  /**
   * The joined value. Its strings are marked unquoted: in HCL a DNS quote is not one document
   * character (`\"`, or no character at all when the provider adds it), so fixes that insert
   * text next to a quote by document offset must not be offered; fixes go through the value map.
   */
  override get value(): RecordValue | undefined {
    const v = super.value;
    if (!v) return undefined;
    return (this.plainValue ??= { ...v, strings: v.strings.map((s) => ({ ...s, quoted: false })) });
  }
}

/** The content range of a closed quoted HCL string, or undefined (heredocs, unclosed strings). */
function quotedInside(text: string, host: HostString): { start: number; end: number } | undefined {
  const { start, end } = host.range;
  if (text.charCodeAt(start) !== 34 || end - start < 2 || text.charCodeAt(end - 1) !== 34) return undefined;
  return { start: start + 1, end: end - 1 };
}

export type Rewrite = (newValue: string) => OffsetEdit | undefined;

function rewriter(text: string, host: HostString, format: (value: string) => string): Rewrite | undefined {
  const inside = quotedInside(text, host);
  // A value with interpolations cannot be rewritten without losing them.
  if (!inside || host.opaque.length > 0) return undefined;
  return (newValue) => ({ range: inside, newText: host.encode(format(newValue)) });
}

/** Route 53 through Terraform: the provider adds the outer quotes; `""` separates strings. */
export function route53Rewrite(text: string, host: HostString): Rewrite | undefined {
  return rewriter(text, host, (v) => chunkValue(v).join('""'));
}

/** Zone presentation text inside the HCL string: `"part1" "part2"` (Google, Cloudflare). */
export function presentationRewrite(text: string, host: HostString): Rewrite | undefined {
  return rewriter(text, host, (v) => chunkValue(v).map((c) => `"${escapeZoneString(c, true)}"`).join(' '));
}

/** One raw string; the provider splits it (Azure). */
export function rawRewrite(text: string, host: HostString): Rewrite | undefined {
  return rewriter(text, host, (v) => v);
}
