/** The zone-file host adapter (RFC 1035 §5, BIND usage). */
import type { DocumentInput, FileSystem, ParsedDocument } from '../../model';
import type { HostAdapter } from '../host';

export const zoneFileHost: HostAdapter = {
  id: 'zone-file',
  matches(input: DocumentInput): boolean {
    return input.languageId === 'dns-zone';
  },
  parse(input: DocumentInput, _fileSystem: FileSystem | undefined): ParsedDocument {
    return {
      uri: input.uri,
      host: 'zone-file',
      text: input.text,
      ...(input.version !== undefined ? { version: input.version } : {}),
      records: [],
      includedRecords: [],
      directives: [],
      groups: [],
      problems: [],
    };
  },
};
