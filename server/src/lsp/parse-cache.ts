/**
 * One parse per document version: diagnostics, hover, completion, symbols and folding of the
 * same version share it. A new version is re-parsed from the one before (only the edited
 * entries of a zone file are scanned again). Owned by one server instance (no module-level state).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { HostKind, LanguageService, ParsedDocument } from '../service';

const NONE: ReadonlySet<HostKind> = new Set();

export class ParseCache {
  private readonly entries = new Map<string, { version: number; maxSize: number; disabled: string; parsed: ParsedDocument | undefined }>();

  constructor(private readonly service: LanguageService) {}

  /**
   * The parsed document, or undefined when no host handles it or its host is turned off
   * (`zonemail.hosts`). A document over `maxSize` octets parses to one `zone/too-large` problem.
   */
  get(document: TextDocument, maxSize: number, disabled: ReadonlySet<HostKind> = NONE): ParsedDocument | undefined {
    const cached = this.entries.get(document.uri);
    const off = [...disabled].sort().join(',');
    if (cached && cached.version === document.version && cached.maxSize === maxSize && cached.disabled === off) return cached.parsed;
    // Editors that send no language id (or plain text) get the zone-file host as a fallback;
    // documents of other languages (Terraform, YAML, ...) are parsed only by a host that knows them.
    const force = document.languageId === '' || document.languageId === 'plaintext' || document.languageId === 'dns-zone';
    const input = { uri: document.uri, text: document.getText(), languageId: document.languageId, version: document.version };
    const host = disabled.size > 0 ? this.service.hostFor(input) : undefined;
    // The previous version's parse is used up by a re-parse: it is replaced right here.
    const previous = cached && cached.maxSize === maxSize && cached.disabled === off ? cached.parsed : undefined;
    const parsed =
      host && disabled.has(host.id)
        ? undefined
        : previous && !previous.skipped
          ? this.service.reparse(previous, input, force, { maxSize })
          : this.service.parse(input, force, { maxSize });
    this.entries.set(document.uri, { version: document.version, maxSize, disabled: off, parsed });
    return parsed;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }
}
