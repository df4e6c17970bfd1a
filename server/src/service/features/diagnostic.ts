/** The service's diagnostic: document offsets, a stable code and fixes, ready to convert at the edge. */
import type { Fix, OffsetRange, Severity } from '../model';

export const SOURCE = 'zonemail';

export interface ServiceDiagnostic {
  readonly range: OffsetRange;
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  readonly source: typeof SOURCE;
  /** Link to the RFC section, or to the rule's documentation when there is none. */
  readonly href: string;
  readonly fixes?: readonly Fix[];
}

/** Where a rule's documentation lives; used when a rule cites no RFC. */
export const RULES_DOC_URL = 'https://github.com/zonemail/zonemail/blob/main/docs/rules.md';

/** The anchor of a rule inside `docs/rules.md`. */
export function ruleDocHref(code: string): string {
  return `${RULES_DOC_URL}#${code.replace(/[^a-z0-9-]/g, '')}`;
}
