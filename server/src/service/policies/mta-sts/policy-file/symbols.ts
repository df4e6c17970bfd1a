/** Document symbols of an MTA-STS policy file: one per `key: value` line. */
import type { ParsedDocument } from '../../../model';
import type { ServiceSymbol } from '../../../features/symbols';
import { policyOf } from './fields';

export function policyFileSymbols(document: ParsedDocument): ServiceSymbol[] {
  const policy = policyOf(document);
  if (!policy) return [];
  return policy.fields.map((f) => ({ name: f.key, detail: f.value, kind: 'field', range: f.lineRange, selectionRange: f.keyRange }));
}
