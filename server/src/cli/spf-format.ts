/** Output of `zonemail spf`: JSON (the evaluation as a value) and text (result, explanation, tree). */
import type { SpfEvaluation, SpfRecordNode, SpfTermNode } from '../live/spf';

export function formatSpfJson(evaluation: SpfEvaluation): string {
  const { result, explanation, lookups, voidLookups, tree } = evaluation;
  return `${JSON.stringify({ result, explanation: explanation ?? null, lookups, voidLookups, tree }, null, 2)}\n`;
}

function termLine(t: SpfTermNode): string {
  const parts = [t.text];
  if (!t.evaluated) parts.push('(not evaluated)');
  else if (t.child && (t.child.result === 'permerror' || t.child.result === 'temperror')) parts.push(t.child.result);
  else if (t.type === 'mechanism') parts.push(t.matched ? 'match' : 'no match');
  if (t.target !== undefined && !t.text.toLowerCase().includes(t.target.toLowerCase())) parts.push(`→ ${t.target}`);
  if (t.lookups > 0) parts.push(`[cost ${t.lookups}${t.voidLookups > 0 ? `, ${t.voidLookups} void` : ''}]`);
  else if (t.voidLookups > 0) parts.push(`[${t.voidLookups} void]`);
  if (t.note && !t.child) parts.push(`— ${t.note}`);
  return parts.join(' ');
}

function recordLines(node: SpfRecordNode, indent: string, out: string[]): void {
  const head = `${indent}${node.domain}: ${node.result}${node.reason ? ` (${node.reason})` : ''}`;
  out.push(head);
  if (node.record !== undefined) out.push(`${indent}  "${node.record}"`);
  for (const t of node.terms) {
    out.push(`${indent}  ${termLine(t)}`);
    if (t.child) recordLines(t.child, `${indent}    `, out);
  }
}

export function formatSpfText(evaluation: SpfEvaluation, ip: string): string {
  const out: string[] = [`SPF ${evaluation.tree.domain} for ${ip}: ${evaluation.result}`];
  if (evaluation.explanation !== undefined) out.push(`Explanation: ${evaluation.explanation}`);
  out.push(`DNS lookups: ${evaluation.lookups} of 10, void lookups: ${evaluation.voidLookups} of 2`, '');
  recordLines(evaluation.tree, '', out);
  return `${out.join('\n')}\n`;
}
