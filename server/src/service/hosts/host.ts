/** A host adapter turns one kind of document (zone file, Terraform, ...) into record sites. */
import type { DocumentInput, FileSystem, HostKind, ParsedDocument } from '../model';
import type { ChangedRegion } from '../text/changed-region';

export interface HostAdapter {
  readonly id: HostKind;
  /** True when the adapter handles this document (by language id, then by name and content). */
  matches(input: DocumentInput): boolean;
  parse(input: DocumentInput, fileSystem: FileSystem | undefined): ParsedDocument;
  /**
   * Parses an edited document re-using the parse of its previous version, which it may use up
   * (hosts without it are parsed anew). The result's `change` says what was re-parsed.
   */
  reparse?(previous: ParsedDocument, input: DocumentInput, fileSystem: FileSystem | undefined, region?: ChangedRegion): ParsedDocument;
}
