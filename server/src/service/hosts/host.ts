/** A host adapter turns one kind of document (zone file, Terraform, ...) into record sites. */
import type { DocumentInput, FileSystem, HostKind, ParsedDocument } from '../model';

export interface HostAdapter {
  readonly id: HostKind;
  /** True when the adapter handles this document (by language id, then by name and content). */
  matches(input: DocumentInput): boolean;
  parse(input: DocumentInput, fileSystem: FileSystem | undefined): ParsedDocument;
}
