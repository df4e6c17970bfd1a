/**
 * Rule: spf/missing-target. An `include:` or `redirect=` target inside this zone that has no
 * SPF record in the zone: receivers return permerror (RFC 7208 §5.2 for include, §6.1 for
 * redirect). Only names the zone answers for are checked (not below a delegation, not a CNAME,
 * not covered by a wildcard); names outside the zone are never reported.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { evaluatedTerms, findSpf, hasType, inZone, ruleScope, type RecordsAt } from '../lookups';
import { spfOf, targetName, type MacroString, type Term } from '../parse';
import { SPF_TYPES } from './problems';

/** True when the zone clearly answers for `name` itself (no delegation, alias or wildcard in the way). */
function zoneAnswers(name: string, origin: string, at: RecordsAt): boolean {
  if (hasType(at, name, 'CNAME')) return false;
  let n = name;
  while (n !== origin && n.length > origin.length) {
    if (hasType(at, n, 'NS')) return false;
    const parent = n.slice(n.indexOf('.') + 1);
    if (at(`*.${parent}`).length > 0) return false;
    n = parent;
  }
  return true;
}

export const missingTarget = defineRule({
  code: 'spf/missing-target',
  severity: 'error',
  scope: 'record',
  types: SPF_TYPES,
  reference: rfc(7208, '5.2'),
  docs: {
    what: 'An `include:` or `redirect=` that names a domain in this zone that has no SPF record.',
    why: 'When the included or redirected domain has no SPF record, receivers return permerror, and the whole SPF check fails.',
    bad: '$ORIGIN example.com.\n@  TXT  "v=spf1 include:_spf.example.com -all"\n; no TXT record at _spf.example.com',
    good: '$ORIGIN example.com.\n@     TXT  "v=spf1 include:_spf.example.com -all"\n_spf  TXT  "v=spf1 ip4:192.0.2.0/24 -all"',
  },
  check(record, context) {
    const origin = context.document.zoneOrigin;
    if (!origin || origin === '.') return;
    const spf = spfOf(record);
    if (!spf) return;
    const { mechanisms, redirect } = evaluatedTerms(spf);
    const targets: { term: Term; what: string; spec: MacroString | undefined }[] = mechanisms
      .filter((m) => m.name === 'include')
      .map((m) => ({ term: m, what: 'include', spec: m.domain }));
    if (redirect) targets.push({ term: redirect, what: 'redirect', spec: redirect.value });
    if (targets.length === 0) return;
    const scope = ruleScope(context);
    for (const { term: t, what, spec } of targets) {
      const target = targetName(spec);
      if (!target || !inZone(target, origin)) continue;
      if (findSpf(target, scope) !== undefined) continue;
      if (!zoneAnswers(target, origin, scope.local)) continue;
      const hasSpfType = hasType(scope.local, target, 'SPF');
      valueReporter(record, record.value!, context).report(
        t.start,
        t.end,
        `\`${target.slice(0, -1)}\` is in this zone but has no SPF TXT record${hasSpfType ? ' (only an obsolete SPF-type record, which receivers do not query)' : ''}, so receivers return permerror for this ${what}. Add a TXT record \`v=spf1 ... -all\` at \`${target.slice(0, -1)}\`, or correct the name.`,
      );
    }
  },
});
