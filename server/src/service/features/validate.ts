/**
 * Runs every rule over a parsed document: parser problems, record rules (dispatched by type)
 * and document rules. Applies the `zonemail.rules` severities and in-file suppression
 * comments. A rule that throws is logged once and skipped; the others still report.
 */
import type { ParsedDocument, Problem, RecordSite } from '../model';
import type { Report, Rule, RuleContext } from '../rules/define-rule';
import { effectiveSeverity, type RuleSettings } from '../rules/severity';
import { RULES, ruleByCode, recordRulesByType } from '../rules/registry';
import { SOURCE, ruleDocHref, type ServiceDiagnostic } from './diagnostic';

export interface ValidationOptions {
  readonly rules?: RuleSettings;
  /** Called once per rule that throws, with the rule code and the error. */
  readonly onRuleError?: (code: string, error: unknown) => void;
}

function isSuppressed(code: string, record: RecordSite | undefined): boolean {
  const s = record?.suppressed;
  return !!s && (s.has(code) || s.has('*'));
}

export function validate(document: ParsedDocument, options: ValidationOptions = {}): ServiceDiagnostic[] {
  const out: ServiceDiagnostic[] = [];
  const failed = new Set<string>();

  const emit = (rule: Rule, report: Report | Problem): void => {
    const severity = effectiveSeverity(rule.code, rule.severity, options.rules);
    if (severity === 'off' || isSuppressed(rule.code, report.record)) return;
    if (report.record && report.record.uri !== document.uri) return;
    out.push({
      range: report.range,
      severity,
      code: rule.code,
      message: report.message,
      source: SOURCE,
      href: rule.reference?.href ?? ruleDocHref(rule.code),
      ...(report.fixes && report.fixes.length > 0 ? { fixes: report.fixes } : {}),
    });
  };

  for (const problem of document.problems) {
    const rule = ruleByCode(problem.code);
    if (!rule) {
      options.onRuleError?.(problem.code, new Error(`parser reported unregistered code ${problem.code}`));
      continue;
    }
    emit(rule, problem);
  }
  if (document.skipped) return out;

  const allRecords = document.includedRecords.length > 0 ? [...document.records, ...document.includedRecords] : document.records;
  const contexts = new Map<Rule, RuleContext>();
  /** The context of a rule that is on and has not failed, made once per run. */
  const contextOf = (rule: Rule): RuleContext | undefined => {
    if (failed.has(rule.code)) return undefined;
    let context = contexts.get(rule);
    if (!context) {
      if (effectiveSeverity(rule.code, rule.severity, options.rules) === 'off') return undefined;
      context = { document, allRecords, report: (r) => emit(rule, r) };
      contexts.set(rule, context);
    }
    return context;
  };
  const fail = (rule: Rule, error: unknown): void => {
    failed.add(rule.code);
    options.onRuleError?.(rule.code, error);
  };

  for (const record of document.records) {
    const rules = recordRulesByType(record.type);
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i]!;
      const context = contextOf(rule);
      if (!context) continue;
      try {
        rule.check(record, context);
      } catch (error) {
        fail(rule, error);
      }
    }
  }
  for (const rule of RULES) {
    if (rule.scope !== 'document') continue;
    const context = contextOf(rule);
    if (!context) continue;
    try {
      rule.check(document, context);
    } catch (error) {
      fail(rule, error);
    }
  }
  return out;
}
