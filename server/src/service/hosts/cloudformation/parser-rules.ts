/**
 * Rules reported by the CloudFormation adapter itself: a template that names Route 53 record sets
 * but cannot be read where they are written.
 */
import { defineRule, type ParserRule } from '../../rules/define-rule';

export const CLOUDFORMATION_SYNTAX = 'cloudformation/syntax';

export const cloudFormationParserRules: readonly ParserRule[] = [
  defineRule({
    code: CLOUDFORMATION_SYNTAX,
    scope: 'parser',
    severity: 'error',
    reference: {
      cite: 'AWS CloudFormation template anatomy',
      href: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-anatomy.html',
    },
    docs: {
      what: 'A YAML or JSON syntax error inside an `AWS::Route53::RecordSet` or `AWS::Route53::RecordSetGroup` resource (or anywhere, when no record set could be read at all).',
      why: 'CloudFormation refuses a template it cannot parse, so none of its records are created; Zonemail cannot check records it cannot read. Errors elsewhere in the template are left to other tools.',
      bad: 'Resources:\n  Spf:\n    Type: AWS::Route53::RecordSet\n    Properties:\n      ResourceRecords: [\'"v=spf1 -all"\'',
      good: 'Resources:\n  Spf:\n    Type: AWS::Route53::RecordSet\n    Properties:\n      ResourceRecords: [\'"v=spf1 -all"\']',
      language: 'yaml',
    },
  }),
];
