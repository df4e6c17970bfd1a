/** The zone-file host adapter (RFC 1035 §5, BIND usage). */
import type { DocumentInput, FileSystem, ParsedDocument } from '../../model';
import type { HostAdapter } from '../host';
import type { ChangedRegion } from '../../text/changed-region';
import { looksLikeZoneFileName } from './origin';
import { parseZone, type ZoneParseInput } from './parser';
import { reparseZone } from './reparse';

/** True when the first line starts with `$ORIGIN` or `$TTL` (any case). */
function firstLineIsZone(text: string): boolean {
  const head = text.slice(0, 16).toUpperCase();
  return head.startsWith('$ORIGIN') || head.startsWith('$TTL');
}

export const zoneFileHost: HostAdapter = {
  id: 'zone-file',
  matches(input: DocumentInput): boolean {
    if (input.languageId === 'dns-zone') return true;
    if (input.languageId !== undefined && input.languageId !== 'plaintext') return false;
    return looksLikeZoneFileName(input.uri) || firstLineIsZone(input.text);
  },
  parse(input: DocumentInput, fileSystem: FileSystem | undefined): ParsedDocument {
    return parseZone(zoneInput(input, fileSystem));
  },
  reparse(previous: ParsedDocument, input: DocumentInput, fileSystem: FileSystem | undefined, region?: ChangedRegion): ParsedDocument {
    return reparseZone(previous, zoneInput(input, fileSystem), region);
  },
};

function zoneInput(input: DocumentInput, fileSystem: FileSystem | undefined): ZoneParseInput {
  return {
    uri: input.uri,
    text: input.text,
    ...(input.version !== undefined ? { version: input.version } : {}),
    ...(fileSystem ? { fileSystem } : {}),
  };
}
