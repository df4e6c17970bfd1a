/**
 * The explicit list of rules. A code is stable and never reused; adding a rule means adding its
 * file and one line here. `docs/rules.md` and the settings schema are generated from this list.
 */
import type { RecordRule, Rule } from './define-rule';
import type { PolicyKind } from '../policies/kinds';
import { zoneParserRules } from '../hosts/zone-file/parser-rules';
import { zoneRules } from '../zone-rules';
import { policyRules } from '../policies/rules';
import { spfRules } from '../policies/spf/rules';
import { dmarcRules } from '../policies/dmarc/rules';
import { dkimRules } from '../policies/dkim/rules';
import { bimiRules } from '../policies/bimi/rules';
import { mtaStsRules } from '../policies/mta-sts/rules';
import { tlsRptRules } from '../policies/tls-rpt/rules';
import { tlsaRules } from '../policies/tlsa/rules';
import { crossRules } from '../policies/cross/rules';
import { terraformRules } from '../hosts/terraform/rules';
import { yamlJsonRules } from '../hosts/yaml-json/rules';
import { LIVE_CODES } from '../policies/live-codes';

/** The record rules of one policy kind look only at TXT records of that kind. */
function ofKind(kinds: readonly PolicyKind[], rules: readonly Rule[]): Rule[] {
  return rules.map((r) => (r.scope === 'record' && !r.policy ? { ...r, policy: kinds } : r));
}

export const RULES: readonly Rule[] = [
  ...zoneParserRules,
  ...zoneRules,
  ...policyRules,
  ...ofKind(['spf'], spfRules),
  ...ofKind(['dmarc', 'dmarc-report'], dmarcRules),
  ...ofKind(['dkim'], dkimRules),
  ...ofKind(['bimi'], bimiRules),
  ...ofKind(['mta-sts'], mtaStsRules),
  ...ofKind(['tls-rpt'], tlsRptRules),
  ...tlsaRules,
  ...crossRules,
  ...terraformRules,
  ...yamlJsonRules,
  ...LIVE_CODES,
];

const byCode = new Map<string, Rule>();
for (const rule of RULES) {
  if (byCode.has(rule.code)) throw new Error(`duplicate rule code ${rule.code}`);
  byCode.set(rule.code, rule);
}

export function ruleByCode(code: string): Rule | undefined {
  return byCode.get(code);
}

const anyType: RecordRule[] = RULES.filter((r): r is RecordRule => r.scope === 'record' && !r.types);
const byType = new Map<string, RecordRule[]>();
for (const rule of RULES) {
  if (rule.scope !== 'record' || !rule.types) continue;
  for (const type of rule.types) {
    const list = byType.get(type) ?? [...anyType];
    list.push(rule);
    byType.set(type, list);
  }
}

/** The record rules that look at records of `type`. */
export function recordRulesByType(type: string): readonly RecordRule[] {
  return byType.get(type) ?? anyType;
}
