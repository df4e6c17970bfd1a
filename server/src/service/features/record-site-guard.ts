/**
 * Where Zonemail speaks in documents of other languages (Terraform, YAML, JSON, JavaScript,
 * TypeScript): only inside a record's value. Hover and completion there see the document
 * narrowed to that one record; everywhere else in those documents they answer nothing, and
 * document symbols are left to the language's own outline.
 */
import type { ParsedDocument, RecordSite } from '../model';

/** True for the hosts whose whole document is Zonemail's (zone files, MTA-STS policy files). */
export function ownsWholeDocument(document: ParsedDocument): boolean {
  return document.host === 'zone-file' || document.host === 'mta-sts-policy';
}

/** The record whose value (RDATA) holds the offset, in a document of another language. */
export function recordWithValueAt(document: ParsedDocument, offset: number): RecordSite | undefined {
  for (const record of document.records) {
    for (const token of record.rdata) {
      if (token.range.start <= offset && offset <= token.range.end) return record;
    }
  }
  return undefined;
}

/**
 * The document as the zone-file-centric features should see it: itself when Zonemail owns it,
 * else narrowed to the record whose value holds the offset, else undefined (answer nothing).
 */
export function featureView(document: ParsedDocument, offset: number): ParsedDocument | undefined {
  if (ownsWholeDocument(document)) return document;
  const record = recordWithValueAt(document, offset);
  return record ? { ...document, records: [record], directives: [], groups: [] } : undefined;
}
