/**
 * The one entry point of the pure language service. Front ends (the language server, the CLI,
 * tests) create a service with `getLanguageService()` and call it with documents and offsets.
 * No editor, protocol or Node.js APIs are used here; outside needs come in through options.
 */
import type { DocumentInput, FileSystem, OffsetRange, ParsedDocument } from './model';
import type { HostAdapter } from './hosts/host';
import { zoneFileHost } from './hosts/zone-file';
import { validate, type ValidationOptions } from './features/validate';
import type { ServiceDiagnostic } from './features/diagnostic';
import { hover, type ServiceHover } from './features/hover';
import { complete, type ServiceCompletionItem } from './features/complete';
import { codeActions, type ServiceCodeAction } from './features/code-actions';
import { documentSymbols, type ServiceSymbol } from './features/symbols';
import { foldingRanges } from './features/folding';

export * from './model';
export type { ServiceDiagnostic } from './features/diagnostic';
export type { ServiceHover } from './features/hover';
export type { ServiceCompletionItem } from './features/complete';
export type { ServiceCodeAction } from './features/code-actions';
export type { ServiceSymbol } from './features/symbols';
export type { ValidationOptions } from './features/validate';
export { RULES, ruleByCode } from './rules/registry';
export { SOURCE } from './features/diagnostic';

export interface LanguageServiceOptions {
  /** Reads files for `$INCLUDE`; without it includes are not followed (and not reported missing). */
  readonly fileSystem?: FileSystem;
}

export interface LanguageService {
  /** The host adapter for a document, or undefined when no host handles it. */
  hostFor(input: DocumentInput): HostAdapter | undefined;
  /** Parses a document with its host (the zone-file host when `force` is set and none matches). */
  parse(input: DocumentInput, force?: boolean): ParsedDocument | undefined;
  validate(document: ParsedDocument, options?: ValidationOptions): ServiceDiagnostic[];
  hover(document: ParsedDocument, offset: number): ServiceHover | undefined;
  complete(document: ParsedDocument, offset: number): ServiceCompletionItem[];
  /** Quick fixes of the given diagnostics that touch `range`. */
  codeActions(document: ParsedDocument, range: OffsetRange, diagnostics: readonly ServiceDiagnostic[]): ServiceCodeAction[];
  symbols(document: ParsedDocument): ServiceSymbol[];
  folding(document: ParsedDocument): OffsetRange[];
}

const HOSTS: readonly HostAdapter[] = [zoneFileHost];

export function getLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  const hostFor = (input: DocumentInput) => HOSTS.find((h) => h.matches(input));
  return {
    hostFor,
    parse(input, force = false) {
      const host = hostFor(input) ?? (force ? zoneFileHost : undefined);
      return host?.parse(input, options.fileSystem);
    },
    validate: (document, validationOptions) => validate(document, validationOptions),
    hover,
    complete,
    codeActions,
    symbols: documentSymbols,
    folding: foldingRanges,
  };
}
