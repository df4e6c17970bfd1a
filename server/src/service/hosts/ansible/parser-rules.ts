/** Rules reported by the Ansible adapter itself: a playbook whose DNS tasks cannot be read. */
import { defineRule, type ParserRule } from '../../rules/define-rule';

export const ANSIBLE_SYNTAX = 'ansible/syntax';

export const ansibleParserRules: readonly ParserRule[] = [
  defineRule({
    code: ANSIBLE_SYNTAX,
    scope: 'parser',
    severity: 'error',
    reference: { cite: 'Ansible YAML syntax', href: 'https://docs.ansible.com/ansible/latest/reference_appendices/YAMLSyntax.html' },
    docs: {
      what: 'A YAML syntax error inside an Ansible task that manages DNS records (`route53`, `cloudflare_dns`, `nsupdate`), or anywhere when no such task could be read.',
      why: 'Ansible refuses to load a playbook it cannot parse, so the records are not written; Zonemail cannot check records it cannot read.',
      bad: "- amazon.aws.route53:\n    record: example.com\n    type: TXT\n    value: '\"v=spf1 -all\"",
      good: "- amazon.aws.route53:\n    record: example.com\n    type: TXT\n    value: '\"v=spf1 -all\"'",
      language: 'yaml',
    },
  }),
];
