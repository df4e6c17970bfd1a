/** The parsed-document shape every IaC host returns: records, no directives, its problems. */
import type { DocumentInput, HostKind, ParsedDocument, Problem, RecordSite } from '../../model';

export function iacDocument(
  input: DocumentInput,
  host: HostKind,
  records: readonly RecordSite[] = [],
  problems: readonly Problem[] = [],
  zoneOrigin?: string,
): ParsedDocument {
  return {
    uri: input.uri,
    host,
    text: input.text,
    ...(input.version !== undefined ? { version: input.version } : {}),
    records,
    includedRecords: [],
    ...(zoneOrigin ? { zoneOrigin } : {}),
    directives: [],
    groups: [],
    problems,
  };
}
