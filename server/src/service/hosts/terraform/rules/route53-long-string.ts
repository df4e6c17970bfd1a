/**
 * Rule: terraform/route53-long-string. Route 53 rejects a TXT character-string over 255
 * octets (RFC 1035 §3.3). In Terraform the AWS provider wraps each `records` item in quotes, so
 * the item is split by writing `\"\"` inside the HCL string; the fix does that between terms.
 */
import { defineRule } from '../../../rules/define-rule';
import { isProviderTxt, REFERENCES, rewriteFix } from './support';

const MAX = 255;

export const route53LongString = defineRule({
  code: 'terraform/route53-long-string',
  severity: 'error',
  scope: 'record',
  types: ['TXT', 'SPF'],
  reference: REFERENCES.route53,
  docs: {
    what: 'A TXT value in an `aws_route53_record` with a character-string over 255 octets and no `\\"\\"` split.',
    why:
      'Each character-string of a TXT record holds at most 255 octets (RFC 1035 §3.3), and Route 53 refuses longer ones (`CharacterStringTooLong`), so `terraform apply` fails. The AWS provider documents the split: write `\\"\\"` inside the Terraform string where one string ends and the next begins (provider documentation; the validation gap is hashicorp/terraform-provider-aws#14941). Receivers join the strings with no separator. (Examples in HCL.)',
    bad: 'records = ["v=DKIM1; k=rsa; p=MIIBIjANBgkqh...(300 characters)"]',
    good: 'records = ["v=DKIM1; k=rsa; p=MIIBIjANBgkqh...(first 255)\\"\\"...(the rest)"]',
  },
  check(record, context) {
    if (!isProviderTxt(record, 'route53')) return;
    const value = record.value;
    if (!value || value.text.startsWith('"')) return;
    let fixed = false;
    for (const cs of value.strings) {
      if (cs.octets <= MAX) continue;
      const fix = fixed ? undefined : rewriteFix(record, 'Split with \\"\\" into strings of at most 255 octets', value.text);
      fixed = true;
      context.report({
        range: cs.range,
        message: `This TXT string is ${cs.octets} octets long and Route 53 accepts at most ${MAX} per string. Split it by writing \\"\\" inside the Terraform string every 255 octets or fewer (between terms); receivers join the parts with no separator.`,
        ...(fix ? { fixes: [fix] } : {}),
        record,
      });
    }
  },
});
