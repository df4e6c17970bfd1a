/**
 * Runs every rule over a parsed document: parser problems, record rules (dispatched by type)
 * and document rules. Applies the `zonemail.rules` severities and in-file suppression
 * comments. A rule that throws is logged once and skipped; the others still report.
 */
import type { OffsetRange, ParsedDocument, Problem, RecordSite } from '../model';
import type { RecordRule, Report, Rule, RuleContext } from '../rules/define-rule';
import { effectiveSeverity, type RuleSettings } from '../rules/severity';
import { RULES, ruleByCode, recordRulesByType } from '../rules/registry';
import { SOURCE, ruleDocHref, type ServiceDiagnostic } from './diagnostic';
import { classify, type PolicyKind } from '../policies/kinds';

export interface ValidationOptions {
  readonly rules?: RuleSettings;
  /** Other documents open in the editor, whose records rules may follow names into. */
  readonly related?: readonly ParsedDocument[];
  /** Called once per rule that throws, with the rule code and the error. */
  readonly onRuleError?: (code: string, error: unknown) => void;
  /** The record and document rules to run instead of the registry's (tests of failing rules). */
  readonly registry?: readonly Rule[];
}

/** The record rules of `registry` that look at records of `type`. */
function ownRecordRules(registry: readonly Rule[], type: string): RecordRule[] {
  return registry.filter((r): r is RecordRule => r.scope === 'record' && (!r.types || r.types.includes(type)));
}

function isSuppressed(code: string, record: RecordSite | undefined): boolean {
  const s = record?.suppressed;
  return !!s && (s.has(code) || s.has('*'));
}

/** The range held inside the document (a parser may point just past the end at end of file). */
function clamp(range: OffsetRange, length: number): OffsetRange {
  const start = Math.min(Math.max(0, range.start), length);
  const end = Math.min(Math.max(start, range.end), length);
  return start === range.start && end === range.end ? range : { start, end };
}

/** True when the range touches text whose content is unknown (an interpolation). */
function touchesOpaque(range: OffsetRange, record: RecordSite | undefined): boolean {
  const opaque = record?.opaque;
  if (!opaque) return false;
  return opaque.some((o) => range.start < o.end && o.start < range.end);
}

export function validate(document: ParsedDocument, options: ValidationOptions = {}): ServiceDiagnostic[] {
  const out: ServiceDiagnostic[] = [];

  const emit = (rule: Rule, report: Report | Problem): void => {
    const severity = effectiveSeverity(rule.code, rule.severity, options.rules);
    if (severity === 'off' || isSuppressed(rule.code, report.record) || touchesOpaque(report.range, report.record)) return;
    if (report.record && report.record.uri !== document.uri) return;
    out.push({
      range: clamp(report.range, document.text.length),
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
  // Gathered only when a rule asks (most never do): a CLI run over many zones passes them all.
  let related: RecordSite[] | undefined;
  const relatedRecords = (): RecordSite[] =>
    (related ??= (options.related ?? []).filter((d) => d.uri !== document.uri).flatMap((d) => [...d.records, ...d.includedRecords]));
  /** Per rule that is on: its context, made once per run, and whether it has failed. */
  interface Active {
    readonly rule: Rule;
    readonly context: RuleContext;
    failed: boolean;
  }
  const actives = new Map<Rule, Active | undefined>();
  const activeOf = (rule: Rule): Active | undefined => {
    if (actives.has(rule)) return actives.get(rule);
    const on = effectiveSeverity(rule.code, rule.severity, options.rules) !== 'off';
    const active = on ? { rule, context: {
            document,
            allRecords,
            get relatedRecords() {
              return relatedRecords();
            },
            report: (r: Report) => emit(rule, r),
          }, failed: false } : undefined;
    actives.set(rule, active);
    return active;
  };
  const fail = (active: Active, error: unknown): void => {
    active.failed = true;
    options.onRuleError?.(active.rule.code, error);
  };
  /** The record rules that are on, by record type and policy kind, worked out once per run. */
  const byType = new Map<string, (Active & { readonly rule: RecordRule })[]>();
  const recordRulesFor = (type: string, kind: PolicyKind | undefined) => {
    const key = kind ? `${type} ${kind}` : type;
    let list = byType.get(key);
    if (!list) {
      list = [];
      for (const rule of options.registry ? ownRecordRules(options.registry, type) : recordRulesByType(type)) {
        if (rule.policy && (!kind || !rule.policy.includes(kind))) continue;
        const active = activeOf(rule);
        if (active) list.push(active as Active & { readonly rule: RecordRule });
      }
      byType.set(key, list);
    }
    return list;
  };

  for (const record of document.records) {
    const kind = record.value ? classify(record)?.kind : undefined;
    const rules = recordRulesFor(record.type, kind);
    for (let i = 0; i < rules.length; i++) {
      const active = rules[i]!;
      if (active.failed) continue;
      try {
        active.rule.check(record, active.context);
      } catch (error) {
        fail(active, error);
      }
    }
  }
  for (const rule of options.registry ?? RULES) {
    if (rule.scope !== 'document') continue;
    const active = activeOf(rule);
    if (!active) continue;
    try {
      rule.check(document, active.context);
    } catch (error) {
      fail(active, error);
    }
  }
  return out;
}
