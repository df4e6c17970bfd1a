/**
 * Generates the per-rule part of package.json from the rule registry: one property of the
 * `zonemail.rules` setting for each rule code, with the accepted severities and a description.
 *
 *   node out/server/src/tools/generate-manifest.js           rewrite package.json
 *   node out/server/src/tools/generate-manifest.js --check   exit 1 when package.json is stale
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Rule } from '../service/rules/define-rule';
import { RULES } from '../service/rules/registry';
import { RULE_SETTING_VALUES } from '../service/rules/severity';
import { runMain, writeOrCheck } from './generated-file';

/** The setting whose `properties` this tool owns. */
export const RULES_SETTING = 'zonemail.rules';

/** The repository root (this file runs from `out/server/src/tools/`). */
const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
export const MANIFEST_PATH = path.join(ROOT, 'package.json');

export interface RuleSettingSchema {
  readonly type: 'string';
  readonly enum: readonly string[];
  /** Markdown: the rule's documentation uses backticks for record text. */
  readonly markdownDescription: string;
}

/** The schema of one rule's entry in `zonemail.rules`. */
export function ruleSettingSchema(rule: Rule): RuleSettingSchema {
  const what = rule.docs.what.trim();
  const sentence = /[.!?]$/.test(what) ? what : `${what}.`;
  return {
    type: 'string',
    enum: [...RULE_SETTING_VALUES],
    markdownDescription: `${sentence} Default: \`${rule.severity}\`.`,
  };
}

/** The `properties` of `zonemail.rules`, in registry order. */
export function ruleSettingsProperties(rules: readonly Rule[] = RULES): Record<string, RuleSettingSchema> {
  const properties: Record<string, RuleSettingSchema> = {};
  for (const rule of rules) properties[rule.code] = ruleSettingSchema(rule);
  return properties;
}

interface SettingSchema {
  properties?: Record<string, unknown>;
}
interface ConfigurationSection {
  title?: string;
  properties?: Record<string, SettingSchema>;
}
export interface Manifest {
  contributes?: { configuration?: ConfigurationSection | ConfigurationSection[] };
  [key: string]: unknown;
}

/** The `zonemail.rules` setting schema inside a manifest (configuration in object or array form). */
export function findRulesSetting(manifest: Manifest): SettingSchema | undefined {
  const configuration = manifest.contributes?.configuration;
  const sections = Array.isArray(configuration) ? configuration : configuration ? [configuration] : [];
  for (const section of sections) {
    const setting = section.properties?.[RULES_SETTING];
    if (setting) return setting;
  }
  return undefined;
}

/** Puts the generated rule properties into the manifest (in place). */
export function applyRuleSettings(manifest: Manifest, rules: readonly Rule[] = RULES): void {
  const setting = findRulesSetting(manifest);
  if (!setting) throw new Error(`package.json has no "${RULES_SETTING}" setting under contributes.configuration`);
  setting.properties = ruleSettingsProperties(rules);
}

/** The manifest text with the generated rule settings (2-space JSON and a final newline). */
function renderManifest(): string {
  const manifest = JSON.parse(fs.readFileSync(MANIFEST_PATH, 'utf8')) as Manifest;
  applyRuleSettings(manifest);
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

function main(argv: readonly string[]): number {
  return writeOrCheck(
    { path: MANIFEST_PATH, name: 'package.json', summary: `${RULES.length} rule settings`, command: 'npm run generate:manifest', render: renderManifest },
    argv,
  );
}

if (require.main === module) runMain(main);
