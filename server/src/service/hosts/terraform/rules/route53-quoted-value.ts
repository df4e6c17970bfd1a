/**
 * Rule: terraform/route53-quoted-value. The AWS provider wraps each TXT `records` item in
 * quotes itself, so an item that already carries DNS quotes (`"\"v=spf1 -all\""`) is sent with
 * doubled quotes. The fix removes them, joining quoted parts with `\"\"`.
 */
import { defineRule } from '../../../rules/define-rule';
import { isProviderTxt, REFERENCES, rewriteFix } from './support';

/** The strings of a value written as `"a" "b"`, or undefined when it is not that simple. */
function quotedParts(text: string): string[] | undefined {
  if (text.length < 2 || !text.startsWith('"') || !text.endsWith('"') || text.includes('\\')) return undefined;
  const parts = text.slice(1, -1).split(/"[ \t]+"/);
  return parts.some((p) => p.includes('"')) ? undefined : parts;
}

export const route53QuotedValue = defineRule({
  code: 'terraform/route53-quoted-value',
  severity: 'warning',
  scope: 'record',
  types: ['TXT', 'SPF'],
  reference: REFERENCES.route53,
  docs: {
    what: 'A TXT `records` item of an `aws_route53_record` that is wrapped in DNS quotes (`"\\"v=spf1 -all\\""`).',
    why:
      'The AWS provider adds the quotes Route 53 needs around each item itself (its source wraps every TXT value in `"..."`), so quotes written in the configuration are doubled: Route 53 refuses the change (`InvalidCharacterString`, hashicorp/terraform#10048) or stores the quote characters in the value, and receivers no longer see `v=spf1` first. Write the bare value, and `\\"\\"` where a long value is split. (Known behaviour from the provider source and issues; examples in HCL.)',
    bad: 'records = ["\\"v=spf1 include:_spf.example.net -all\\""]',
    good: 'records = ["v=spf1 include:_spf.example.net -all"]',
  },
  check(record, context) {
    if (!isProviderTxt(record, 'route53')) return;
    const value = record.value;
    if (!value) return;
    const text = value.text;
    if (text.length < 2 || !text.startsWith('"') || !text.endsWith('"')) return;
    const parts = quotedParts(text);
    const fix = parts ? rewriteFix(record, 'Remove the DNS quotes (the provider adds them)', parts.join('')) : undefined;
    context.report({
      range: value.map.toDocSpan(0, text.length),
      message: 'The AWS provider already wraps each TXT item in quotes, so these quotes are doubled and Route 53 refuses or keeps them. Remove the `\\"` around the value; split long values with `\\"\\"` instead.',
      ...(fix ? { fixes: [fix] } : {}),
      record,
    });
  },
});
