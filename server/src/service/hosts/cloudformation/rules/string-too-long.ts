/**
 * Rule: cloudformation/string-too-long. A TXT string in a `ResourceRecords` item over 255 octets;
 * Route 53 refuses it. The fix writes the item as several quoted strings (`'"part1" "part2"'`)
 * inside the YAML or JSON string, the way Route 53 wants long values.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { reportLongStrings } from '../../yaml-json/long-string';
import { CloudFormationRecord } from '../record';

export const cloudFormationStringTooLong = defineRule({
  code: 'cloudformation/string-too-long',
  severity: 'error',
  scope: 'record',
  types: ['TXT', 'SPF'],
  reference: rfc(1035, '3.3'),
  docs: {
    what: 'A character-string over 255 octets in a TXT or SPF item of an `AWS::Route53::RecordSet` (reported here instead of `txt/string-too-long`, with a fix in CloudFormation syntax).',
    why:
      'A character-string holds at most 255 octets (RFC 1035 §3.3). Route 53 does not split long values: "If your TXT record contains a string longer than 255 characters, split it into multiple strings" each in its own double quotes, in the same item (Route 53 TXT record format). A DKIM key of 2048 bits does not fit one string. Receivers join the strings with no separator.',
    bad: "ResourceRecords:\n  - '\"v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA...(300 characters)\"'",
    good: "ResourceRecords:\n  - '\"v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA...\" \"...rest of the key\"'",
    language: 'yaml',
  },
  check(record, context) {
    if (!(record instanceof CloudFormationRecord)) return;
    reportLongStrings(record, context, 'Route 53 refuses it: write the item as several quoted strings, \'"part1" "part2"\'; receivers join them with no separator.');
  },
});
