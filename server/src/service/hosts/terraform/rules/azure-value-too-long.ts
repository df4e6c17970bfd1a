/**
 * Rule: terraform/azure-value-too-long. The AzureRM provider splits a TXT `value` into
 * character-strings itself (RFC 1035 §3.3), but accepts at most 4096 characters per value.
 */
import { defineRule } from '../../../rules/define-rule';
import { isProviderTxt, REFERENCES } from './support';

const MAX = 4096;

export const azureValueTooLong = defineRule({
  code: 'terraform/azure-value-too-long',
  severity: 'error',
  scope: 'record',
  types: ['TXT', 'SPF'],
  reference: REFERENCES.azure,
  docs: {
    what: 'A `record { value }` of an `azurerm_dns_txt_record` longer than 4096 characters.',
    why:
      'The AzureRM provider splits long TXT values into strings of at most 254 characters itself (hashicorp/terraform-provider-azurerm#5837), so values over 255 octets are fine, but it validates the length: first at most 1024, since hashicorp/terraform-provider-azurerm#24169 at most 4096 characters, the most Azure DNS accepts for a record set. A longer value fails at plan time. (Known from the provider\'s changes; examples in HCL.)',
    bad: 'record {\n  value = "...(5000 characters)"\n}',
    good: 'record {\n  value = "v=DKIM1; k=rsa; p=MIIBIjANBgkqh...(400 characters)"\n}',
  },
  check(record, context) {
    if (!isProviderTxt(record, 'azure')) return;
    const value = record.value;
    if (!value || value.text.length <= MAX) return;
    context.report({
      range: value.map.toDocSpan(0, value.text.length),
      message: `This TXT value has ${value.text.length} characters; the AzureRM provider accepts at most ${MAX}. Shorten it (a DKIM key of 2048 bits fits easily), or split the data over several records if the application allows it.`,
      record,
    });
  },
});
