/**
 * Rule: ansible/string-too-long. A TXT string over 255 octets in a `route53` or `nsupdate` task;
 * neither module nor Route 53 / dnspython splits it. The fix writes the value as several quoted
 * strings inside the YAML string (`'"part1" "part2"'`).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { reportLongStrings } from '../../yaml-json/long-string';
import { AnsibleRecord } from '../record';

export const ansibleStringTooLong = defineRule({
  code: 'ansible/string-too-long',
  severity: 'error',
  scope: 'record',
  types: ['TXT', 'SPF'],
  reference: rfc(1035, '3.3'),
  docs: {
    what: 'A character-string over 255 octets in the TXT `value` of an `amazon.aws.route53` or `community.general.nsupdate` task (reported here instead of `txt/string-too-long`, with a fix in YAML).',
    why:
      'A character-string holds at most 255 octets (RFC 1035 §3.3). The route53 module passes values to Route 53 unchanged, and Route 53 wants long values as several quoted strings in one value; nsupdate wraps an unquoted value in one pair of quotes and dnspython refuses a string over 255 octets ("Invalid/malformed value"). `cloudflare_dns` is not affected: Cloudflare splits long values itself.',
    bad: "- amazon.aws.route53:\n    record: sel1._domainkey.example.com\n    type: TXT\n    value: '\"v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA...(300 characters)\"'",
    good: "- amazon.aws.route53:\n    record: sel1._domainkey.example.com\n    type: TXT\n    value: '\"v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA...\" \"...rest of the key\"'",
    language: 'yaml',
  },
  check(record, context) {
    if (!(record instanceof AnsibleRecord) || record.module === 'cloudflare_dns') return;
    reportLongStrings(record, context, 'Write the value as several quoted strings in one YAML string, \'"part1" "part2"\'; receivers join them with no separator.');
  },
});
