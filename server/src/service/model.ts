/**
 * The document model shared by every host adapter, rule and feature: record sites with their
 * tokens and values, mapped back to document offsets. Offsets are UTF-16 offsets into the
 * document text; positions (line/character) exist only at the protocol edge.
 */
import type { SourceMap } from './text/source-map';
import type { MtaStsPolicyFile } from './policies/mta-sts/policy-file/parse';

/** A half-open range of document offsets. */
export interface OffsetRange {
  start: number;
  end: number;
}

/** Where record sites come from. Later hosts (Terraform, CloudFormation, ...) add their ids. */
export type HostKind =
  | 'zone-file'
  | 'mta-sts-policy'
  | 'terraform'
  | 'cloudformation'
  | 'octodns'
  | 'dnscontrol'
  | 'pulumi'
  | 'ansible';

/** A document handed to the service. */
export interface DocumentInput {
  /** The document's URI (`file:///...` or `untitled:...`). */
  readonly uri: string;
  readonly text: string;
  /** The editor's language id, when known. */
  readonly languageId?: string;
  readonly version?: number;
}

/** A DNS character-string after escape processing (RFC 1035 §5.1). */
export interface CharString {
  /** Document range of the string's source text, quotes included. */
  readonly range: OffsetRange;
  readonly quoted: boolean;
  /** Decoded text; each `\DDD` escape is one character with that code. */
  readonly value: string;
  /** Length in octets after escape processing (literal text counted as UTF-8). */
  readonly octets: number;
  /** Maps offsets of `value` to document offsets. */
  readonly map: SourceMap;
}

/** One RDATA token as written: a bare word or a quoted string. */
export interface RdataToken {
  /** The token as written in the document (quotes and escapes included). */
  readonly raw: string;
  readonly range: OffsetRange;
  readonly quoted: boolean;
  /** The token as a character-string (escapes decoded). */
  readonly cs: CharString;
}

/** The text a receiver sees: the character-strings of a TXT-like record joined with no separator. */
export interface RecordValue {
  readonly text: string;
  readonly strings: readonly CharString[];
  /** Offsets in `text` where each string starts. */
  readonly starts: readonly number[];
  /** Maps offsets of `text` to document offsets. */
  readonly map: SourceMap;
}

/** One resource record found in a document. */
export interface RecordSite {
  readonly host: HostKind;
  /** URI of the file the record is written in (differs from the document for `$INCLUDE`d files). */
  readonly uri: string;
  /** Absolute owner name, lower case, with the trailing dot (`_dmarc.example.com.`). */
  readonly owner: string;
  /** The owner as written, and where; absent for a blank owner that repeats the previous one. */
  readonly ownerText?: string;
  readonly ownerRange?: OffsetRange;
  /** The TTL in seconds that applies, and where it was written (absent when inherited). */
  readonly ttl?: number;
  readonly ttlRange?: OffsetRange;
  /** Class as written (upper case), default `IN`. */
  readonly rrClass: string;
  /** Type mnemonic in upper case (`TXT`, `TYPE65534`). */
  readonly type: string;
  readonly typeRange: OffsetRange;
  /**
   * RDATA tokens in order. For RFC 3597 generic data the first token is `\#`. Hosts may make
   * fresh token objects on each access (to keep huge zones small): compare tokens by index or
   * range, never by identity, and read `rdata` once per check.
   */
  readonly rdata: readonly RdataToken[];
  /** True when RDATA is written in the RFC 3597 `\# len hex` form. */
  readonly generic: boolean;
  /** From the first token of the record to the end of its last token. */
  readonly range: OffsetRange;
  /** `$ORIGIN` in force for this record, absolute with trailing dot (or `.` when none). */
  readonly origin: string;
  /** Joined character-strings for TXT and SPF records. */
  readonly value?: RecordValue;
  /** Codes silenced for this record by a disable comment (`*` silences all). */
  readonly suppressed?: ReadonlySet<string>;
  /**
   * For records inside a host-language string (IaC): escapes plain value text for insertion at
   * a value offset, through every layer (DNS character-string, then the host string literal).
   * Zone-file records leave it out; `policies/value-edits.ts` escapes for zone files itself.
   */
  readonly encodeValue?: (text: string, valueOffset: number) => string;
  /**
   * For records inside a host-language string (IaC): an edit that replaces the record's whole
   * value with `newValue`, written the way the host and its DNS provider want long TXT values.
   */
  readonly rewriteValue?: (newValue: string) => OffsetEdit | undefined;
  /** For IaC records: the DNS provider the record goes to (`route53`, `cloudflare`, ...). */
  readonly provider?: string;
  /**
   * Document ranges whose content is not known (`${...}` interpolations, references): no
   * diagnostic that touches them is reported.
   */
  readonly opaque?: readonly OffsetRange[];
}

/** Severity of a diagnostic. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A text edit in document offsets. */
export interface OffsetEdit {
  readonly range: OffsetRange;
  readonly newText: string;
}

/** A quick fix: edits already mapped back to the document and escaped for its host language. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly OffsetEdit[];
  readonly isPreferred?: boolean;
}

/** A problem found while parsing, before severity and suppression are applied. */
export interface Problem {
  readonly code: string;
  readonly range: OffsetRange;
  readonly message: string;
  readonly fixes?: readonly Fix[];
  /** The record the problem belongs to, for suppression comments. */
  readonly record?: RecordSite;
}

/** A directive line of a zone file (`$ORIGIN`, `$TTL`, `$INCLUDE`, `$GENERATE`). */
export interface Directive {
  readonly name: string;
  readonly nameRange: OffsetRange;
  readonly args: readonly { text: string; range: OffsetRange }[];
  readonly range: OffsetRange;
}

/** A document turned into record sites by a host adapter. */
export interface ParsedDocument {
  readonly uri: string;
  readonly host: HostKind;
  readonly text: string;
  readonly version?: number;
  /** Records written in this document, in document order. */
  readonly records: readonly RecordSite[];
  /** Records from `$INCLUDE`d files: context for cross-record rules, never diagnosed here. */
  readonly includedRecords: readonly RecordSite[];
  /** The zone's origin: the first `$ORIGIN`, else the SOA owner, else derived from the file name. */
  readonly zoneOrigin?: string;
  readonly directives: readonly Directive[];
  /** Parenthesised groups that span lines, for folding. */
  readonly groups: readonly OffsetRange[];
  readonly problems: readonly Problem[];
  /** When set, the document was not parsed (binary or too large) and this says why. */
  readonly skipped?: string;
  /** The parsed policy of an MTA-STS policy file (host `mta-sts-policy`). */
  readonly mtaStsPolicy?: MtaStsPolicyFile;
  /** Set when the document was re-parsed from its previous version rather than parsed anew. */
  readonly change?: DocumentChange;
}

/**
 * How an incremental re-parse derived a document from its previous version. The kept records
 * are the previous version's objects, moved to their new offsets (so the previous version is
 * used up); only the records of the re-parsed text are new.
 */
export interface DocumentChange {
  readonly previous: ParsedDocument;
  /** The old text [start, oldEnd) became [start, newEnd); the text after it moved by newEnd − oldEnd. */
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
  /** Records of the old text that were replaced, and those parsed from the new text. */
  readonly removed: readonly RecordSite[];
  readonly added: readonly RecordSite[];
  /** Kept records right before and after the re-parsed text (checks of a record may read its neighbours). */
  readonly neighbours: readonly RecordSite[];
}

/** What the service needs from outside to parse a document (files for `$INCLUDE`). */
export interface FileSystem {
  /** The text of a file by URI, or undefined when it does not exist or cannot be read. */
  readFile(uri: string): string | undefined;
}

/** The records of a document and of its `$INCLUDE`d files, in that order (no copy without includes). */
export function allRecordsOf(document: ParsedDocument): readonly RecordSite[] {
  return document.includedRecords.length > 0 ? [...document.records, ...document.includedRecords] : document.records;
}
