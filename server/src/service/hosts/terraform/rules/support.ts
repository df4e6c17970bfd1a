/** Shared by the provider rules: provider references and the whole-value rewrite fix. */
import type { Fix, RecordSite } from '../../../model';
import type { RuleReference } from '../../../rules/define-rule';

export const REFERENCES = {
  route53: {
    cite: 'Terraform AWS provider, aws_route53_record `records`',
    href: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/route53_record#records',
  },
  cloudflare: {
    cite: 'Cloudflare DNS record types: TXT',
    href: 'https://developers.cloudflare.com/dns/manage-dns-records/reference/dns-record-types/#txt',
  },
  google: {
    cite: 'Terraform Google provider, google_dns_record_set `rrdatas`',
    href: 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/dns_record_set#rrdatas',
  },
  azure: {
    cite: 'Terraform AzureRM provider, azurerm_dns_txt_record',
    href: 'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/dns_txt_record',
  },
} satisfies Record<string, RuleReference>;

/** True for a TXT-like record of `provider` written in a Terraform file. */
export function isProviderTxt(record: RecordSite, provider: string): boolean {
  return record.host === 'terraform' && record.provider === provider && (record.type === 'TXT' || record.type === 'SPF');
}

/** A fix that rewrites the whole value the provider's way, or undefined when it cannot. */
export function rewriteFix(record: RecordSite, title: string, newValue: string): Fix | undefined {
  const edit = record.rewriteValue?.(newValue);
  return edit ? { title, edits: [edit], isPreferred: true } : undefined;
}
