/**
 * Renders `docs/rules.md` from the rule registry: an introduction, a table of contents by code
 * prefix and one section per rule (severity, reference, what, why, examples, how to silence it).
 *
 *   node out/server/src/tools/generate-docs.js           rewrite docs/rules.md
 *   node out/server/src/tools/generate-docs.js --check   exit 1 when docs/rules.md is stale
 */
import * as path from 'node:path';
import type { DocLanguage, Rule } from '../service/rules/define-rule';
import { RULES } from '../service/rules/registry';
import { ruleDocHref, RULES_DOC_URL } from '../service/features/diagnostic';
import { runMain, writeOrCheck } from './generated-file';

/** The repository root (this file runs from `out/server/src/tools/`). */
const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
export const RULES_DOC_PATH = path.join(ROOT, 'docs', 'rules.md');

/** Titles of the code prefixes, in the order they appear; unknown prefixes follow in registry order. */
const PREFIX_TITLES: Readonly<Record<string, string>> = {
  zone: 'Zone files',
  txt: 'TXT strings',
  spf: 'SPF',
  dkim: 'DKIM',
  dmarc: 'DMARC',
  bimi: 'BIMI',
  'mta-sts': 'MTA-STS',
  'tls-rpt': 'TLS-RPT',
  tlsa: 'TLSA / DANE',
  policy: 'Policy records in general',
  cross: 'Across records (MX, MTA-STS, TLS-RPT, DANE, DMARC)',
  terraform: 'Terraform and OpenTofu',
  cloudformation: 'CloudFormation',
  octodns: 'octoDNS',
  ansible: 'Ansible',
  live: 'Live DNS, HTTPS and SMTP',
};

function titleOf(prefix: string): string {
  return PREFIX_TITLES[prefix] ?? `\`${prefix}/\``;
}

/** The anchor GitHub gives a heading that is just the code (`zone/cname-at-apex` → `zonecname-at-apex`). */
export function ruleAnchor(code: string): string {
  return ruleDocHref(code).slice(RULES_DOC_URL.length + 1);
}

function prefixOf(code: string): string {
  const slash = code.indexOf('/');
  return slash < 0 ? code : code.slice(0, slash);
}

function groupByPrefix(rules: readonly Rule[]): Map<string, Rule[]> {
  const order = Object.keys(PREFIX_TITLES);
  const groups = new Map<string, Rule[]>();
  for (const prefix of order) groups.set(prefix, []);
  for (const rule of rules) {
    const prefix = prefixOf(rule.code);
    const group = groups.get(prefix);
    if (group) group.push(rule);
    else groups.set(prefix, [rule]);
  }
  for (const [prefix, group] of groups) if (group.length === 0) groups.delete(prefix);
  return groups;
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** Per documentation language: the fence's info string, who parses it, and its comment prefix. */
const LANGUAGES: Readonly<Record<DocLanguage, { fence: string; parser: string; comment?: string }>> = {
  'dns-zone': { fence: 'dns-zone', parser: 'the zone-file parser', comment: ';' },
  'mta-sts-policy': { fence: 'text', parser: 'the MTA-STS policy parser' },
  terraform: { fence: 'hcl', parser: 'the Terraform parser', comment: '#' },
  yaml: { fence: 'yaml', parser: 'the YAML reader', comment: '#' },
  json: { fence: 'json', parser: 'the JSON reader' },
  javascript: { fence: 'js', parser: 'the JavaScript reader', comment: '//' },
};

function fence(body: string, language: DocLanguage): string[] {
  return [`\`\`\`${LANGUAGES[language].fence}`, ...body.replace(/\s+$/, '').split('\n'), '```'];
}

function renderRule(rule: Rule): string[] {
  const lines: string[] = [`### ${rule.code}`, ''];
  const facts = [`**Default severity:** ${rule.severity}`];
  if (rule.reference) facts.push(`**Reference:** [${rule.reference.cite}](${rule.reference.href})`);
  const language = rule.docs.language ?? 'dns-zone';
  const { parser, comment } = LANGUAGES[language];
  if (rule.code.startsWith('live/')) facts.push('**Reported by:** `zonemail live` and the live commands');
  else if (rule.scope === 'parser') facts.push(`**Reported by:** ${parser}`);
  lines.push(facts.join(' · '), '');
  lines.push(sentence(rule.docs.what), '');
  lines.push(sentence(rule.docs.why), '');
  lines.push('Fires on:', '', ...fence(rule.docs.bad, language), '');
  lines.push('Does not fire on:', '', ...fence(rule.docs.good, language), '');
  const setting = `set \`"${rule.code}": "off"\` in the \`zonemail.rules\` setting`;
  lines.push(
    comment
      ? `To silence it, ${setting}, or write \`${comment} zonemail-disable-next-line ${rule.code}\` on the line before the record.`
      : `To silence it, ${setting} (this file format has no comments).`,
    '',
  );
  return lines;
}

/** The text of `docs/rules.md` for a list of rules. */
export function renderRulesDoc(rules: readonly Rule[] = RULES): string {
  const groups = groupByPrefix(rules);
  const lines: string[] = [
    '# Zonemail rules',
    '',
    '<!-- Generated from the rule registry by `npm run docs:rules`; do not edit by hand. -->',
    '',
    'Every diagnostic Zonemail reports has a stable code (`zone/cname-at-apex`), a default severity and, where one exists, a link to the RFC section it is based on. This page lists every rule with what it finds, why it matters, and an example that fires and one that does not.',
    '',
    'Change a rule\'s severity, or turn it off, with the `zonemail.rules` setting (the CLI reads the same map from its configuration):',
    '',
    '```json',
    '"zonemail.rules": { "zone/missing-soa": "off", "zone/ttl-mismatch": "error" }',
    '```',
    '',
    'Severities are `error`, `warning`, `information`, `hint` and `off`. To silence one record, put a comment on the line before it; several codes may be listed, and `*` silences all:',
    '',
    '```dns-zone',
    '; zonemail-disable-next-line zone/duplicate-record',
    'www  A  192.0.2.10',
    '```',
    '',
    '## Contents',
    '',
  ];
  for (const [prefix, group] of groups) {
    lines.push(`- ${titleOf(prefix)} (\`${prefix}/\`, ${group.length} rule${group.length === 1 ? '' : 's'})`);
    for (const rule of group) lines.push(`  - [${rule.code}](#${ruleAnchor(rule.code)}) (${rule.severity}): ${sentence(rule.docs.what)}`);
  }
  lines.push('');
  for (const [prefix, group] of groups) {
    lines.push(`## ${titleOf(prefix)} (\`${prefix}/\`)`, '');
    for (const rule of group) lines.push(...renderRule(rule));
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

function main(argv: readonly string[]): number {
  return writeOrCheck(
    { path: RULES_DOC_PATH, name: 'docs/rules.md', summary: `${RULES.length} rules`, command: 'npm run docs:rules', render: renderRulesDoc },
    argv,
  );
}

if (require.main === module) runMain(main);
