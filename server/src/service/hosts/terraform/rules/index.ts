/** The Terraform host's rules: its parser rule and the provider-aware TXT encoding rules. */
import type { Rule } from '../../../rules/define-rule';
import { terraformParserRules } from '../parser-rules';
import { route53LongString } from './route53-long-string';
import { route53QuotedValue } from './route53-quoted-value';
import { cloudflareLongString } from './cloudflare-long-string';
import { googleUnquotedTxt } from './google-unquoted-txt';
import { googleLongString } from './google-long-string';
import { azureValueTooLong } from './azure-value-too-long';

export const terraformRules: readonly Rule[] = [
  ...terraformParserRules,
  route53LongString,
  route53QuotedValue,
  cloudflareLongString,
  googleUnquotedTxt,
  googleLongString,
  azureValueTooLong,
];
