/**
 * Rule: cloudformation/unquoted-txt. Route 53 reads each `ResourceRecords` item of a TXT or SPF
 * record set as zone presentation text and refuses a value that is not enclosed in double
 * quotes. The fix writes the value as quoted strings of at most 255 octets.
 */
import { defineRule } from '../../../rules/define-rule';
import { reportUnquotedTxt } from '../../yaml-json/unquoted-txt';
import { CloudFormationRecord } from '../record';

export const cloudFormationUnquotedTxt = defineRule({
  code: 'cloudformation/unquoted-txt',
  severity: 'error',
  scope: 'record',
  types: ['TXT', 'SPF'],
  reference: {
    cite: 'Amazon Route 53: TXT record type',
    href: 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/ResourceRecordTypes.html#TXTFormat',
  },
  docs: {
    what: 'A TXT or SPF item in `ResourceRecords` of an `AWS::Route53::RecordSet` whose text is not enclosed in DNS double quotes.',
    why:
      'Route 53 takes each item as zone presentation text: "A TXT record contains one or more strings that are enclosed in double quotation marks". An item without them is refused with `InvalidChangeBatch: Invalid Resource Record: FATAL problem: InvalidCharacterString (Value should be enclosed in quotation marks)` (reported in ansible/ansible#6112, rusoto/rusoto#1046, redhat-cop/infra-ansible#376), and the stack update fails. Write the quotes inside the YAML or JSON string: `\'"v=spf1 -all"\'`; a value over 255 octets is written as several quoted strings in one item.',
    bad: "Resources:\n  Spf:\n    Type: AWS::Route53::RecordSet\n    Properties:\n      HostedZoneName: example.com.\n      Name: example.com.\n      Type: TXT\n      TTL: 300\n      ResourceRecords:\n        - v=spf1 mx -all",
    good: "Resources:\n  Spf:\n    Type: AWS::Route53::RecordSet\n    Properties:\n      HostedZoneName: example.com.\n      Name: example.com.\n      Type: TXT\n      TTL: 300\n      ResourceRecords:\n        - '\"v=spf1 mx -all\"'",
    language: 'yaml',
  },
  check(record, context) {
    if (!(record instanceof CloudFormationRecord) || record.dnsQuoted) return;
    reportUnquotedTxt(
      record,
      record.item,
      context,
      'Route 53 refuses a TXT value without DNS double quotes ("Value should be enclosed in quotation marks"). Put the text in double quotes inside the string, e.g. \'"v=spf1 -all"\', splitting values over 255 octets into several quoted strings.',
    );
  },
});
