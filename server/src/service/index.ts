/**
 * The one entry point of the pure language service. Front ends (the language server, the CLI,
 * tests) create a service with `getLanguageService()` and call it with documents and offsets.
 * No editor, protocol or Node.js APIs are used here; outside needs come in through options.
 */
import type { DocumentInput, FileSystem, OffsetRange, ParsedDocument } from './model';
import type { HostAdapter } from './hosts/host';
import { zoneFileHost } from './hosts/zone-file';
import { mtaStsPolicyHost } from './hosts/mta-sts-policy';
import { terraformHost } from './hosts/terraform';
import { cloudFormationHost, octodnsHost, ansibleHost } from './hosts/yaml-json/hosts';
import { dnscontrolHost } from './hosts/dnscontrol';
import { pulumiHost } from './hosts/pulumi';
import { validate, validateIncremental, type ValidationOptions, type ValidationState } from './features/validate';
import type { ServiceDiagnostic } from './features/diagnostic';
import { hover, type ServiceHover } from './features/hover';
import { complete, type ServiceCompletionItem } from './features/complete';
import { codeActions, type ServiceCodeAction } from './features/code-actions';
import { documentSymbols, type ServiceSymbol } from './features/symbols';
import { foldingRanges } from './features/folding';
import { CODES } from './hosts/zone-file/codes';
import { utf8Length } from './text/octets';

export * from './model';
export type { ServiceDiagnostic } from './features/diagnostic';
export type { ServiceHover } from './features/hover';
export type { ServiceCompletionItem } from './features/complete';
export type { ServiceCodeAction } from './features/code-actions';
export type { ServiceSymbol } from './features/symbols';
export type { ValidationOptions, ValidationState } from './features/validate';
export { RULES, ruleByCode } from './rules/registry';
export { SOURCE, ruleDocHref } from './features/diagnostic';

export interface LanguageServiceOptions {
  /** Reads files for `$INCLUDE`; without it includes are not followed (and not reported missing). */
  readonly fileSystem?: FileSystem;
}

export interface LanguageService {
  /** The host adapter for a document, or undefined when no host handles it. */
  hostFor(input: DocumentInput): HostAdapter | undefined;
  /**
   * Parses a document with its host (the zone-file host when `force` is set and none matches).
   * A document over `limits.maxSize` octets (UTF-8) is not parsed: it gets one
   * `zone/too-large` information problem instead.
   */
  parse(input: DocumentInput, force?: boolean, limits?: ParseLimits): ParsedDocument | undefined;
  /**
   * Parses an edited document, re-using `previous` (the parse of its previous version, which
   * this uses up: do not read it afterwards) when its host can; otherwise like `parse`.
   */
  reparse(previous: ParsedDocument, input: DocumentInput, force?: boolean, limits?: ParseLimits): ParsedDocument | undefined;
  validate(document: ParsedDocument, options?: ValidationOptions): ServiceDiagnostic[];
  /**
   * Validates a document, re-using `previous` (the state returned for the version it was
   * re-parsed from, which this uses up): the same diagnostics as `validate`, in less time.
   */
  validateIncremental(
    document: ParsedDocument,
    options: ValidationOptions,
    previous: ValidationState | undefined,
  ): { diagnostics: ServiceDiagnostic[]; state: ValidationState };
  hover(document: ParsedDocument, offset: number): ServiceHover | undefined;
  complete(document: ParsedDocument, offset: number): ServiceCompletionItem[];
  /** Quick fixes of the given diagnostics that touch `range`. */
  codeActions(document: ParsedDocument, range: OffsetRange, diagnostics: readonly ServiceDiagnostic[]): ServiceCodeAction[];
  symbols(document: ParsedDocument): ServiceSymbol[];
  folding(document: ParsedDocument): OffsetRange[];
}

export interface ParseLimits {
  /** Largest document (in UTF-8 octets) that is parsed and checked. */
  readonly maxSize?: number;
}

const HOSTS: readonly HostAdapter[] = [mtaStsPolicyHost, terraformHost, dnscontrolHost, pulumiHost, cloudFormationHost, octodnsHost, ansibleHost, zoneFileHost];

export function getLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  const hostFor = (input: DocumentInput) => HOSTS.find((h) => h.matches(input));
  return {
    hostFor,
    parse(input, force = false, limits = {}) {
      const host = hostFor(input) ?? (force ? zoneFileHost : undefined);
      if (!host) return undefined;
      if (limits.maxSize !== undefined && octetsOver(input.text, limits.maxSize)) return tooLarge(input, host, limits.maxSize);
      return host.parse(input, options.fileSystem);
    },
    reparse(previous, input, force = false, limits = {}) {
      const host = hostFor(input) ?? (force ? zoneFileHost : undefined);
      if (!host) return undefined;
      if (limits.maxSize !== undefined && octetsOver(input.text, limits.maxSize)) return tooLarge(input, host, limits.maxSize);
      if (host.reparse && previous.host === host.id && previous.uri === input.uri && !previous.skipped) return host.reparse(previous, input, options.fileSystem);
      return host.parse(input, options.fileSystem);
    },
    validate: (document, validationOptions) => validate(document, validationOptions),
    validateIncremental,
    hover,
    complete,
    codeActions,
    symbols: documentSymbols,
    folding: foldingRanges,
  };
}

/** The stand-in for a document over the size limit: no records, one information problem. */
function tooLarge(input: DocumentInput, host: HostAdapter, maxSize: number): ParsedDocument {
  const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;
  return {
    uri: input.uri,
    host: host.id,
    text: input.text,
    ...(input.version !== undefined ? { version: input.version } : {}),
    records: [],
    includedRecords: [],
    directives: [],
    groups: [],
    problems: [
      {
        code: CODES.tooLarge,
        range: { start: 0, end: firstLineEnd(input.text) },
        message: `This document (${mb(input.text.length)}) is larger than zonemail.maxFileSize (${mb(maxSize)}), so it is not checked in the editor. Raise the setting, or run \`zonemail check\` on it.`,
      },
    ],
    skipped: 'too-large',
  };
}

/** True when the text takes more than `limit` octets in UTF-8 (counted only when it may). */
function octetsOver(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return utf8Length(text) > limit;
}

/** End of the first line (at most 200 characters), where file-level problems are shown. */
function firstLineEnd(text: string): number {
  const nl = text.indexOf('\n');
  const end = nl < 0 ? text.length : nl > 0 && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
  return Math.min(end, 200);
}
