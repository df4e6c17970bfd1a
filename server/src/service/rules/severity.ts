/**
 * Per-code severity configuration: the `zonemail.rules` setting maps a rule code to a severity
 * or `off`. Unknown codes and values are ignored (and reported by `invalidRuleSettings`).
 */
import type { Severity } from '../model';

export type RuleSetting = Severity | 'off';
export type RuleSettings = Readonly<Record<string, RuleSetting | 'info' | 'warn'>>;

const ALIASES: Record<string, RuleSetting> = {
  error: 'error',
  warning: 'warning',
  warn: 'warning',
  information: 'information',
  info: 'information',
  hint: 'hint',
  off: 'off',
};

/** The severity a diagnostic of `code` gets, or `off`. */
export function effectiveSeverity(code: string, defaultSeverity: Severity, settings: RuleSettings | undefined): RuleSetting {
  const configured = settings?.[code];
  if (configured === undefined) return defaultSeverity;
  return ALIASES[configured] ?? defaultSeverity;
}

/** The values the setting accepts, for the settings schema. */
export const RULE_SETTING_VALUES: readonly RuleSetting[] = ['error', 'warning', 'information', 'hint', 'off'];
