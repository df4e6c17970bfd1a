/** The codes the Terraform host reports; each is a registered rule (`parser-rules.ts`, `rules/`). */
export const TERRAFORM_CODES = {
  syntax: 'terraform/syntax',
  route53LongString: 'terraform/route53-long-string',
  route53QuotedValue: 'terraform/route53-quoted-value',
  cloudflareLongString: 'terraform/cloudflare-long-string',
  googleUnquotedTxt: 'terraform/google-unquoted-txt',
  googleLongString: 'terraform/google-long-string',
  azureValueTooLong: 'terraform/azure-value-too-long',
} as const;
