/**
 * The values of an SPF evaluation (RFC 7208 §2.6 results) and the tree it leaves: each record
 * evaluated, its terms in order, and for each include or redirect the record it led to, with
 * the DNS-lookup cost counted under it (§4.6.4).
 */
import type { Qualifier } from '../../service/policies/spf/parse';
import type { Resolver } from '../resolver';

export type SpfResult = 'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'permerror' | 'temperror';

export const SPF_RESULTS: readonly SpfResult[] = ['pass', 'fail', 'softfail', 'neutral', 'none', 'permerror', 'temperror'];

/** One term of an evaluated record. */
export interface SpfTermNode {
  /** The term as written. */
  readonly text: string;
  readonly type: 'mechanism' | 'modifier';
  /** Mechanism or modifier name, lower case. */
  readonly name: string;
  readonly qualifier?: Qualifier;
  /** The domain the term looked up, after macro expansion. */
  readonly target?: string;
  /** Whether the term was evaluated (terms after the first match are not). */
  readonly evaluated: boolean;
  /** For a mechanism: whether it matched. */
  readonly matched?: boolean;
  /** DNS-querying terms counted by this term (§4.6.4): 1 for itself plus its include or redirect's own. */
  readonly lookups: number;
  /** Void lookups (§4.6.4) this term caused, its include or redirect's included. */
  readonly voidLookups: number;
  /** What happened, in words (records found, why it did not match, an error). */
  readonly note?: string;
  /** The record an include or redirect evaluated. */
  readonly child?: SpfRecordNode;
}

/** One check_host() call: a domain, its SPF record and its terms. */
export interface SpfRecordNode {
  readonly domain: string;
  /** The SPF record found at the domain. */
  readonly record?: string;
  readonly result: SpfResult;
  /** Why the result is none, permerror or temperror. */
  readonly reason?: string;
  readonly terms: readonly SpfTermNode[];
  /** DNS-querying terms counted while evaluating this record (includes and redirect too). */
  readonly lookups: number;
  readonly voidLookups: number;
}

export interface SpfEvaluation {
  readonly result: SpfResult;
  /** The explanation of a `fail` (§6.2), when the record gives one that could be read. */
  readonly explanation?: string;
  /** DNS-querying terms evaluated in all (at most 10, §4.6.4). */
  readonly lookups: number;
  /** Void lookups in all (at most 2, §4.6.4). */
  readonly voidLookups: number;
  readonly tree: SpfRecordNode;
}

export interface SpfInput {
  /** The SMTP client's address (IPv4, IPv6, or IPv4-mapped IPv6). */
  readonly ip: string;
  /** The domain to check (`<domain>` of check_host()). */
  readonly domain: string;
  /** MAIL FROM (`<sender>`); `postmaster@<domain>` when empty or absent (§4.3). */
  readonly sender?: string;
  /** The HELO/EHLO name, for `%{h}` (default: the domain). */
  readonly helo?: string;
}

export interface SpfOptions {
  readonly resolver: Resolver;
  /** Cancels the evaluation (its result is then temperror). */
  readonly signal?: AbortSignal;
  /** The clock for `%{t}`, in milliseconds (default `Date.now`). */
  readonly now?: () => number;
  /** `%{r}`: the checking host's domain (default `unknown`, §7.3). */
  readonly receiver?: string;
  /** DNS-querying terms allowed (default 10, §4.6.4). */
  readonly maxLookups?: number;
  /** Void lookups allowed (default 2, §4.6.4). */
  readonly maxVoidLookups?: number;
}
