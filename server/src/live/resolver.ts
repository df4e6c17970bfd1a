/**
 * The resolver interface every live check uses: answers are values, not exceptions (records,
 * nxdomain, nodata, timeout, servfail, error). TXT answers keep their character-strings.
 * Implementations: system (`node:dns`), direct UDP with TCP fallback (`dns-packet`), DNS over
 * HTTPS (RFC 8484), and an in-memory resolver over zone files (offline evaluation, tests).
 */

/** Record types live checks ask for. */
export type QueryType = 'A' | 'AAAA' | 'MX' | 'TXT' | 'CNAME' | 'NS' | 'SOA' | 'PTR' | 'TLSA' | 'CAA' | 'DS' | 'DNSKEY';

/** One answer record, in a shape per type. */
export type AnswerData =
  | { readonly type: 'A' | 'AAAA'; readonly address: string }
  | { readonly type: 'MX'; readonly preference: number; readonly exchange: string }
  /** Each character-string as received (bytes as latin-1 characters when not UTF-8). */
  | { readonly type: 'TXT'; readonly strings: readonly string[] }
  | { readonly type: 'CNAME' | 'NS' | 'PTR'; readonly target: string }
  | { readonly type: 'TLSA'; readonly usage: number; readonly selector: number; readonly matchingType: number; readonly data: Uint8Array }
  | { readonly type: 'SOA'; readonly mname: string; readonly rname: string; readonly serial: number }
  | { readonly type: 'CAA'; readonly flags: number; readonly tag: string; readonly value: string }
  | { readonly type: 'DS' | 'DNSKEY'; readonly raw: Uint8Array };

export interface AnswerRecord {
  /** Owner name of the answer record (lower case, no trailing dot). */
  readonly name: string;
  readonly ttl: number;
  readonly data: AnswerData;
}

/** The outcome of one query. */
export type Answer =
  | {
      readonly kind: 'records';
      readonly records: readonly AnswerRecord[];
      /** CNAMEs followed on the way, in order (`from` → `to`). */
      readonly cnames: readonly { readonly from: string; readonly to: string }[];
      /** True when the resolver validated the answer with DNSSEC (the AD bit); undefined when unknown. */
      readonly authenticated?: boolean;
    }
  | { readonly kind: 'nxdomain'; readonly authenticated?: boolean }
  | { readonly kind: 'nodata'; readonly authenticated?: boolean }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'servfail' }
  | { readonly kind: 'error'; readonly message: string };

export interface QueryOptions {
  /** Cancels the query; the answer is then `{ kind: 'error', message: 'cancelled' }`. */
  readonly signal?: AbortSignal;
}

export interface Resolver {
  /** Asks for `type` records at `name` (no trailing dot needed). Never throws. */
  query(name: string, type: QueryType, options?: QueryOptions): Promise<Answer>;
}
