/**
 * Rules reported by the Terraform host itself. They have no check of their own; they are here
 * so that each code has its severity, reference and documentation, and can be configured.
 */
import { defineRule, type ParserRule } from '../../rules/define-rule';
import { TERRAFORM_CODES } from './codes';

export const terraformParserRules: readonly ParserRule[] = [
  defineRule({
    code: TERRAFORM_CODES.syntax,
    scope: 'parser',
    severity: 'error',
    reference: { cite: 'HCL native syntax', href: 'https://github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md' },
    docs: {
      what: 'An HCL syntax error inside a DNS record resource (`aws_route53_record`, `cloudflare_record`, `cloudflare_dns_record`, `google_dns_record_set`, `azurerm_dns_txt_record`, `azurerm_dns_mx_record`): a string not closed on its line, an unknown escape, an unclosed heredoc, `${`, comment or block.',
      why: 'Terraform refuses the configuration, and Zonemail cannot read the record to check it. Errors outside record resources are left to Terraform itself. (Terraform syntax; examples in HCL.)',
      bad: 'resource "aws_route53_record" "spf" {\n  records = ["v=spf1 mx -all]\n}',
      good: 'resource "aws_route53_record" "spf" {\n  records = ["v=spf1 mx -all"]\n}',
    },
  }),
];
