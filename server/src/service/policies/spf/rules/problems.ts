/**
 * Shared by the SPF syntax rules: reports the parser's problems of one kind, each with the
 * advice of its rule, on the exact value range.
 */
import type { RecordSite } from '../../../model';
import type { RuleContext } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { spfOf, type SpfProblemKind } from '../parse';

export function reportProblems(record: RecordSite, context: RuleContext, kind: SpfProblemKind, advice: string): void {
  const spf = spfOf(record);
  if (!spf || spf.problems.length === 0) return;
  let at: ReturnType<typeof valueReporter> | undefined;
  for (const p of spf.problems) {
    if (p.kind !== kind) continue;
    at ??= valueReporter(record, record.value!, context);
    at.report(p.start, p.end, `${p.message} ${advice}`);
  }
}

export const SPF_TYPES = ['TXT', 'SPF'] as const;
