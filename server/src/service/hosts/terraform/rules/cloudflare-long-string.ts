/**
 * Rule: terraform/cloudflare-long-string. Cloudflare accepts a TXT `content` string over 255
 * octets and splits it into 255-octet character-strings itself (RFC 1035 §3.3), then returns
 * the split form, so Terraform sees a change on every plan. The fix writes the split form.
 */
import { defineRule } from '../../../rules/define-rule';
import { isProviderTxt, REFERENCES, rewriteFix } from './support';

const MAX = 255;

export const cloudflareLongString = defineRule({
  code: 'terraform/cloudflare-long-string',
  severity: 'warning',
  scope: 'record',
  types: ['TXT', 'SPF'],
  reference: REFERENCES.cloudflare,
  docs: {
    what: 'A TXT `content` of a `cloudflare_record` or `cloudflare_dns_record` with a string over 255 octets.',
    why:
      'Cloudflare documents that TXT content consists of quoted character-strings of up to 255 bytes each and that longer strings are split automatically (API reference for TXT records; content up to 2,048 characters per record in the DNS record types page). The record is served correctly, but Cloudflare reads back the split value, so the provider reports a change on every `terraform plan` (known issues cloudflare/terraform-provider-cloudflare#6238 and ComputeCanada/magic_castle#408). Writing the value already split into quoted strings of at most 255 octets avoids the drift. (Examples in HCL.)',
    bad: 'content = "v=DKIM1; k=rsa; p=MIIBIjANBgkqh...(300 characters)"',
    good: 'content = "\\"v=DKIM1; k=rsa; p=MIIBIjANBgkqh...(first 255)\\" \\"...(the rest)\\""',
  },
  check(record, context) {
    if (!isProviderTxt(record, 'cloudflare')) return;
    const value = record.value;
    if (!value) return;
    let fixed = false;
    for (const cs of value.strings) {
      if (cs.octets <= MAX) continue;
      const fix = fixed ? undefined : rewriteFix(record, 'Write as quoted strings of at most 255 octets (as Cloudflare stores it)', value.text);
      fixed = true;
      context.report({
        range: cs.range,
        message: `This TXT string is ${cs.octets} octets long; Cloudflare splits it into strings of ${MAX} octets and reads the split form back, so every plan shows a change. Write it as quoted strings of at most ${MAX} octets: \\"part1\\" \\"part2\\".`,
        ...(fix ? { fixes: [fix] } : {}),
        record,
      });
    }
  },
});
