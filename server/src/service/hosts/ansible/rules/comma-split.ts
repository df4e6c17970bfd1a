/**
 * Rule: ansible/comma-split. `value` of the `route53` and `nsupdate` modules is a list; Ansible
 * turns a string into a list by splitting it at every comma, so a TXT value with commas (DMARC
 * `rua=mailto:a,mailto:b`) becomes several broken values. The fix writes a one-item list.
 */
import { defineRule } from '../../../rules/define-rule';
import { AnsibleRecord } from '../record';

export const ansibleCommaSplit = defineRule({
  code: 'ansible/comma-split',
  severity: 'error',
  scope: 'record',
  types: ['TXT', 'SPF'],
  reference: {
    cite: 'ansible-collections/community.aws#701',
    href: 'https://github.com/ansible-collections/community.aws/issues/701',
  },
  docs: {
    what: 'A TXT or SPF `value` of a `route53` or `nsupdate` task written as one string that contains commas.',
    why:
      'Both modules declare `value` as a list of strings ("YAML lists or multiple comma-spaced values are allowed"), and Ansible converts a string to a list by splitting it at commas. `"v=DMARC1; p=reject; rua=mailto:a@example.com,mailto:b@example.net"` becomes two values, neither a valid record; Route 53 refuses them (community.aws#701). Write the value as a YAML list with one item.',
    bad: "- amazon.aws.route53:\n    record: _dmarc.example.com\n    type: TXT\n    value: '\"v=DMARC1; p=reject; rua=mailto:a@example.com,mailto:b@example.net\"'",
    good: "- amazon.aws.route53:\n    record: _dmarc.example.com\n    type: TXT\n    value:\n      - '\"v=DMARC1; p=reject; rua=mailto:a@example.com,mailto:b@example.net\"'",
    language: 'yaml',
  },
  check(record, context) {
    if (!(record instanceof AnsibleRecord) || !record.commaSplit) return;
    const split = record.commaSplit;
    const v = record.item.value;
    const at = v.indexOf(',');
    const range = record.item.map.toDocSpan(at, at + 1);
    context.report({
      range,
      message: `Ansible splits a string \`value\` at every comma, so this ${record.type} value becomes several broken values. Write it as a YAML list with one item: value: [ ... ].`,
      fixes: [{ title: 'Write the value as a one-item list', edits: [{ range: split.scalar, newText: split.newText }], isPreferred: true }],
      record,
    });
  },
});
