/**
 * Rule: ansible/unquoted-txt. The `route53` module passes each value to the Route 53 API as is,
 * and Route 53 refuses a TXT or SPF value that is not enclosed in DNS double quotes. The fix
 * writes the value as quoted strings of at most 255 octets.
 */
import { defineRule } from '../../../rules/define-rule';
import { reportUnquotedTxt } from '../../yaml-json/unquoted-txt';
import { AnsibleRecord } from '../record';

export const ansibleUnquotedTxt = defineRule({
  code: 'ansible/unquoted-txt',
  severity: 'error',
  scope: 'record',
  types: ['TXT', 'SPF'],
  reference: {
    cite: 'amazon.aws.route53 module',
    href: 'https://docs.ansible.com/ansible/latest/collections/amazon/aws/route53_module.html',
  },
  docs: {
    what: 'A TXT or SPF `value` of an `amazon.aws.route53` task that is not enclosed in DNS double quotes.',
    why:
      'The module sends values to Route 53 unchanged ("Note that TXT and SPF records must be surrounded by quotes when sent to Route 53", in the module\'s examples). Route 53 refuses an unquoted value with "InvalidCharacterString (Value should be enclosed in quotation marks)" (ansible/ansible#6112, redhat-cop/infra-ansible#376), and the task fails. Write `value: \'"v=spf1 -all"\'`.',
    bad: "- amazon.aws.route53:\n    state: present\n    zone: example.com\n    record: example.com\n    type: TXT\n    value: v=spf1 mx -all",
    good: "- amazon.aws.route53:\n    state: present\n    zone: example.com\n    record: example.com\n    type: TXT\n    value: '\"v=spf1 mx -all\"'",
    language: 'yaml',
  },
  check(record, context) {
    if (!(record instanceof AnsibleRecord) || record.module !== 'route53' || record.dnsQuoted || record.commaSplit) return;
    reportUnquotedTxt(
      record,
      record.item,
      context,
      'Route 53 refuses a TXT value without DNS double quotes ("Value should be enclosed in quotation marks"). Write the quotes inside the YAML string, e.g. value: \'"v=spf1 -all"\'.',
    );
  },
});
