/**
 * A TTL-respecting answer cache in front of any resolver, one per resolver instance (never
 * module-level). Records are kept for their smallest TTL; NXDOMAIN and NODATA for
 * `negativeTtl` seconds (RFC 2308 §5, without the SOA at hand); timeouts, SERVFAIL and errors
 * are never kept. Queries for the same name and type in flight at once share one lookup; each
 * caller still stops waiting when its own signal aborts.
 */
import type { Answer, QueryOptions, QueryType, Resolver } from '../resolver';
import { CANCELLED, normalizeName } from './answers';
import { onAbort } from './deadline';

export interface CacheOptions {
  /** Seconds that NXDOMAIN and NODATA answers are kept (default 60). */
  readonly negativeTtl?: number;
  /** Longest time any answer is kept, in seconds (default 3600). */
  readonly maxTtl?: number;
  /** Most entries kept; the oldest go first (default 10000). */
  readonly maxEntries?: number;
  /** The clock, in milliseconds (default `Date.now`). */
  readonly now?: () => number;
}

interface Entry {
  readonly expires: number;
  readonly answer: Answer;
}

export class CachingResolver implements Resolver {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<Answer>>();
  private readonly negativeTtl: number;
  private readonly maxTtl: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(
    private readonly inner: Resolver,
    options: CacheOptions = {},
  ) {
    this.negativeTtl = options.negativeTtl ?? 60;
    this.maxTtl = options.maxTtl ?? 3600;
    this.maxEntries = options.maxEntries ?? 10000;
    this.now = options.now ?? Date.now;
  }

  /** Forgets every answer. */
  clear(): void {
    this.entries.clear();
  }

  async query(name: string, type: QueryType, options: QueryOptions = {}): Promise<Answer> {
    if (options.signal?.aborted) return CANCELLED;
    const key = `${normalizeName(name)}\u0000${type}`;
    const hit = this.entries.get(key);
    if (hit) {
      if (hit.expires > this.now()) return hit.answer;
      this.entries.delete(key);
    }
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = this.inner.query(name, type).then((answer) => {
        this.inFlight.delete(key);
        this.store(key, answer);
        return answer;
      });
      this.inFlight.set(key, pending);
    }
    if (!options.signal) return pending;
    return Promise.race([pending, onAbort(options.signal, () => CANCELLED)]);
  }

  private store(key: string, answer: Answer): void {
    const ttl = this.ttlOf(answer);
    if (ttl <= 0) return;
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, { expires: this.now() + ttl * 1000, answer });
  }

  private ttlOf(answer: Answer): number {
    switch (answer.kind) {
      case 'records': {
        let ttl = this.maxTtl;
        for (const r of answer.records) ttl = Math.min(ttl, r.ttl);
        return ttl;
      }
      case 'nxdomain':
      case 'nodata':
        return Math.min(this.negativeTtl, this.maxTtl);
      default:
        return 0;
    }
  }
}
