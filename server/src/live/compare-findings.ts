/** Turns a drift comparison into findings (`live/compare-*`) for reports and the CLI. */
import { ruleByCode, ruleDocHref } from '../service';
import type { Finding } from './checks';
import type { Comparison } from './compare';

function finding(code: string, message: string, name: string): Finding {
  const rule = ruleByCode(code);
  return { kind: 'compare', code, severity: rule?.severity ?? 'warning', message, name, href: rule?.reference?.href ?? ruleDocHref(code) };
}

export function comparisonFindings(comparison: Comparison): Finding[] {
  const out: Finding[] = [];
  for (const r of comparison.records) {
    if (r.status === 'missing') out.push(finding('live/compare-missing', `${r.name} ${r.type} ${r.value} is not published in live DNS.`, r.name));
    else if (r.status === 'differs') out.push(finding('live/compare-different', `${r.name} ${r.type} ${r.value} differs from live DNS, which has ${r.live.join(', ')}.`, r.name));
    else if (r.status === 'unknown') out.push(finding('live/dns-failure', `${r.name} ${r.type} could not be compared: ${r.note ?? 'no answer'}.`, r.name));
  }
  for (const e of comparison.extra) out.push(finding('live/compare-extra', `Live DNS also publishes ${e.name} ${e.type} ${e.value}, which the file does not hold.`, e.name));
  return out;
}
