/**
 * The shape of a rule: stable code, default severity, RFC reference, documentation and the
 * check itself. One rule per file, named after its code (`zone/cname-and-other-data` lives in
 * `cname-and-other-data.ts`), listed in `registry.ts`.
 */
import type { Fix, OffsetRange, ParsedDocument, RecordSite, Severity } from '../model';
import type { PolicyKind } from '../policies/kinds';

/** An RFC (or other standard) section a rule is based on. */
export interface RuleReference {
  /** As cited in text: `RFC 1034 §3.6.2`. */
  readonly cite: string;
  /** Link to the section. */
  readonly href: string;
}

/** What a rule reports: a range in document offsets, a message that says what to do, fixes. */
export interface Report {
  readonly range: OffsetRange;
  readonly message: string;
  readonly fixes?: readonly Fix[];
  /** The record reported on; suppression comments before it apply. */
  readonly record?: RecordSite;
}

/** What a check gets besides its input. */
export interface RuleContext {
  readonly document: ParsedDocument;
  /** Every record the check may look at: this document's and those of `$INCLUDE`d files. */
  readonly allRecords: readonly RecordSite[];
  /**
   * Records of other documents open in the editor (other zones), for checks that follow names
   * across zones (SPF includes). Never reported on.
   */
  readonly relatedRecords: readonly RecordSite[];
  /**
   * The records at `owner` (absolute, lower case) among `allRecords`, in document order; empty
   * when there are none. Record and owner rules look names up here rather than scanning
   * `allRecords`: the editor re-runs a check only when the records at a name it looked up
   * change, while a check that reads `allRecords` is re-run after every edit.
   */
  recordsAt(owner: string): readonly RecordSite[];
  /** The records at `owner` in the other open documents (`relatedRecords`). */
  relatedRecordsAt(owner: string): readonly RecordSite[];
  report(report: Report): void;
}

/** Documentation of a rule, harvested into `docs/rules.md`. */
export interface RuleDocs {
  /** One sentence: what the rule finds. */
  readonly what: string;
  /** Why it matters. */
  readonly why: string;
  /** A snippet that fires and one that does not (zone-file syntax unless said otherwise). */
  readonly bad: string;
  readonly good: string;
  /** The language of the snippets and of the documents the rule reads (default `dns-zone`). */
  readonly language?: DocLanguage;
}

/** Languages rule documentation is written in. */
export type DocLanguage = 'dns-zone' | 'mta-sts-policy' | 'terraform' | 'yaml' | 'json' | 'javascript';

interface RuleBase {
  readonly code: string;
  readonly severity: Severity;
  readonly reference?: RuleReference;
  readonly docs: RuleDocs;
}

/** A rule reported by a host parser (syntax, unknown type, bad RDATA...); it has no check of its own. */
export interface ParserRule extends RuleBase {
  readonly scope: 'parser';
}

/** A rule that looks at one record at a time. */
export interface RecordRule extends RuleBase {
  readonly scope: 'record';
  /** Record types the rule looks at (upper case); absent means every type. */
  readonly types?: readonly string[];
  /**
   * Policy kinds the rule looks at (`classify(record).kind` of a TXT record); absent means any
   * record of its types. Validation classifies each TXT record once and runs only these rules.
   */
  readonly policy?: readonly PolicyKind[];
  check(record: RecordSite, context: RuleContext): void;
}

/**
 * A rule that looks at the records of one owner name together (RRsets, one-policy-per-name
 * checks). Called once for each owner that holds two or more records (this document's and its
 * included files'), with those records in document order; after an edit the editor re-runs it
 * only for the owners whose records changed.
 */
export interface OwnerRule extends RuleBase {
  readonly scope: 'owner';
  check(records: readonly RecordSite[], context: RuleContext): void;
}

/**
 * A rule that looks at the records of a whole document together. It runs again after every
 * edit, so it must stay cheap (one pass, no per-record parsing): checks of one owner's records
 * are owner rules, checks that follow a name from a record are record rules (`recordsAt`).
 */
export interface DocumentRule extends RuleBase {
  readonly scope: 'document';
  check(document: ParsedDocument, context: RuleContext): void;
}

export type Rule = ParserRule | RecordRule | OwnerRule | DocumentRule;

/** Identity function that gives rule definitions their type. */
export function defineRule<R extends Rule>(rule: R): R {
  return rule;
}

/** A link to an RFC section on rfc-editor.org. */
export function rfc(number: number, section?: string): RuleReference {
  const base = `https://www.rfc-editor.org/rfc/rfc${number}`;
  return section
    ? { cite: `RFC ${number} §${section}`, href: `${base}#section-${section}` }
    : { cite: `RFC ${number}`, href: base };
}
