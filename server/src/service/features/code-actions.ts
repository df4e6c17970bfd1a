/** Quick fixes: each diagnostic's fixes (already mapped and escaped) offered where the user asks. */
import type { OffsetEdit, OffsetRange, ParsedDocument } from '../model';
import type { ServiceDiagnostic } from './diagnostic';

export interface ServiceCodeAction {
  readonly title: string;
  readonly kind: 'quickfix';
  readonly diagnostic: ServiceDiagnostic;
  readonly edits: readonly OffsetEdit[];
  readonly isPreferred?: boolean;
}

function touches(a: OffsetRange, b: OffsetRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export function codeActions(
  _document: ParsedDocument,
  range: OffsetRange,
  diagnostics: readonly ServiceDiagnostic[],
): ServiceCodeAction[] {
  const out: ServiceCodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (!touches(diagnostic.range, range)) continue;
    for (const fix of diagnostic.fixes ?? []) {
      out.push({
        title: fix.title,
        kind: 'quickfix',
        diagnostic,
        edits: fix.edits,
        ...(fix.isPreferred ? { isPreferred: true } : {}),
      });
    }
  }
  return out;
}
