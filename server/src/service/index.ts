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
import { validate, validateIncremental, type IncrementalResult, type ValidationOptions, type ValidationState } from './features/validate';
import type { ServiceDiagnostic } from './features/diagnostic';
import { hover, type ServiceHover } from './features/hover';
import { complete, type ServiceCompletionItem } from './features/complete';
import { codeActions, type ServiceCodeAction } from './features/code-actions';
import { documentSymbols, type ServiceSymbol } from './features/symbols';
import { foldingRanges } from './features/folding';
import { CODES } from './hosts/zone-file/codes';
import { utf8Length } from './text/octets';
import { changedRegion, type ChangedRegion } from './text/changed-region';

export * from './model';
export type { ServiceDiagnostic } from './features/diagnostic';
export type { ServiceHover } from './features/hover';
export type { ServiceCompletionItem } from './features/complete';
export type { ServiceCodeAction } from './features/code-actions';
export type { ServiceSymbol } from './features/symbols';
export type { IncrementalResult, ValidationOptions, ValidationState } from './features/validate';
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
   * re-parsed from, which this uses up): the same diagnostics as `validate`, in less time. When
   * one of the `related` documents changed at a name in `previous.relatedReads` (or those say
   * `all`), pass no state: checks that read the other documents are not re-run by themselves.
   */
  validateIncremental(
    document: ParsedDocument,
    options: ValidationOptions,
    previous: ValidationState | undefined,
  ): IncrementalResult;
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
      return parseWithin(input, host, limits, undefined, () => host.parse(input, options.fileSystem));
    },
    reparse(previous, input, force = false, limits = {}) {
      const host = hostFor(input) ?? (force ? zoneFileHost : undefined);
      if (!host) return undefined;
      // Counted before the host re-parses: a re-parse uses the previous version up.
      // The edited region is found once, for the size count and for the host.
      const region = changedRegion(previous.text, input.text);
      return parseWithin(input, host, limits, { previous, region }, () =>
        host.reparse && previous.host === host.id && previous.uri === input.uri && !previous.skipped
          ? host.reparse(previous, input, options.fileSystem, region)
          : host.parse(input, options.fileSystem),
      );
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

/** The UTF-8 size of parsed documents whose size had to be counted (to count their next version). */
const OCTETS = new WeakMap<ParsedDocument, number>();

/**
 * The UTF-8 size of `text` when it may exceed `limit` (undefined when it plainly cannot). For an
 * edited document whose previous version was counted, only the edited text is counted.
 */
function octetsNear(text: string, limit: number, edit?: { previous: ParsedDocument; region: ChangedRegion }): number | undefined {
  if (text.length * 3 <= limit) return undefined;
  const previous = edit?.previous;
  const before = previous && OCTETS.get(previous);
  if (edit && previous && before !== undefined) {
    const r = edit.region;
    return before - utf8Length(previous.text, r.start, r.oldEnd) + utf8Length(text, r.start, r.newEnd);
  }
  return text.length > limit ? text.length : utf8Length(text);
}

/** Parses with the size limit applied: a document over it is one `zone/too-large` problem. */
function parseWithin(
  input: DocumentInput,
  host: HostAdapter,
  limits: ParseLimits,
  edit: { previous: ParsedDocument; region: ChangedRegion } | undefined,
  parse: () => ParsedDocument,
): ParsedDocument {
  const octets = limits.maxSize !== undefined ? octetsNear(input.text, limits.maxSize, edit) : undefined;
  if (limits.maxSize !== undefined && octets !== undefined && octets > limits.maxSize) return tooLarge(input, host, limits.maxSize);
  const document = parse();
  if (octets !== undefined) OCTETS.set(document, octets);
  return document;
}

/** End of the first line (at most 200 characters), where file-level problems are shown. */
function firstLineEnd(text: string): number {
  const nl = text.indexOf('\n');
  const end = nl < 0 ? text.length : nl > 0 && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
  return Math.min(end, 200);
}
