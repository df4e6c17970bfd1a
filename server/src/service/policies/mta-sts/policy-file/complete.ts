/**
 * Completion in an MTA-STS policy file: keys at the start of a line (those not yet written,
 * `mx` always), and values after the colon (`STSv1`, the modes, usual `max_age` values).
 */
import type { ParsedDocument } from '../../../model';
import type { ServiceCompletionItem } from '../../../features/complete';
import { policyOf } from './fields';
import { keyInfo, POLICY_KEYS } from './keys';

export function policyFileCompletions(document: ParsedDocument, offset: number): ServiceCompletionItem[] {
  const text = document.text;
  const policy = policyOf(document);
  if (!policy || offset < 0 || offset > text.length) return [];
  let lineStart = offset;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  const before = text.slice(lineStart, offset);
  const colon = before.indexOf(':');
  if (colon < 0) {
    let wordStart = lineStart;
    while (wordStart < offset && (text[wordStart] === ' ' || text[wordStart] === '\t')) wordStart++;
    const range = { start: wordStart, end: offset };
    const present = new Set(policy.fields.filter((f) => f.lineRange.start !== lineStart).map((f) => f.key));
    return POLICY_KEYS.filter((k) => k.name === 'mx' || !present.has(k.name)).map((k, i): ServiceCompletionItem => {
      const choices = k.values?.map((v) => v.value).join(',');
      return {
        label: k.name,
        kind: 'property',
        detail: k.required,
        documentation: k.description,
        insertText: choices ? `${k.name}: \${1|${choices}|}` : `${k.name}: \${1:${k.example}}`,
        snippet: true,
        range,
        sortText: String(i),
      };
    });
  }
  const key = before.slice(0, colon).trim();
  const info = keyInfo(key);
  if (!info?.values) return [];
  let valueStart = lineStart + colon + 1;
  while (valueStart < offset && (text[valueStart] === ' ' || text[valueStart] === '\t')) valueStart++;
  const range = { start: valueStart, end: offset };
  return info.values.map((v, i): ServiceCompletionItem => ({ label: v.value, kind: 'value', detail: info.name, documentation: v.description, range, sortText: String(i) }));
}
