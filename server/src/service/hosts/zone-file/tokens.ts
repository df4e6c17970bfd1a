/** Record sites and RDATA tokens of a zone file, decoded lazily from scanner tokens. */
import type { CharString, HostKind, OffsetRange, RdataToken, RecordSite, RecordValue } from '../../model';
import { SourceMap } from '../../text/source-map';
import { decodeCharString } from './char-string';
import { TokenFlags } from './scanner';
import { forgetMemos } from '../../policies/cache';

/** An RDATA token whose decoded form is computed on first use. */
export class ZoneToken implements RdataToken {
  private decoded: CharString | undefined;
  private rawText: string | undefined;

  constructor(
    private readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly flags: TokenFlags,
  ) {}

  get raw(): string {
    return (this.rawText ??= this.text.slice(this.start, this.end));
  }

  get range(): OffsetRange {
    return { start: this.start, end: this.end };
  }

  get quoted(): boolean {
    return (this.flags & TokenFlags.Quoted) !== 0;
  }

  get cs(): CharString {
    return (this.decoded ??= decodeCharString(this.text, this));
  }

  /** Sets the decoded form when it was computed early (to report escape problems). */
  preset(cs: CharString): void {
    this.decoded = cs;
  }
}

/**
 * What was made for the last few records looked at. Rules run record by record, and a rule of one
 * record may read a few others at its name (duplicates, one policy per name): four entries keep
 * the record being checked while they are read, and nothing for the whole zone.
 */
class Recent<V> {
  private readonly keys: (object | undefined)[] = [undefined, undefined, undefined, undefined];
  private readonly values: (V | undefined)[] = [undefined, undefined, undefined, undefined];
  private next = 0;

  get(key: object): V | undefined {
    const keys = this.keys;
    for (let i = 0; i < 4; i++) if (keys[i] === key) return this.values[i];
    return undefined;
  }

  set(key: object, value: V): void {
    this.keys[this.next] = key;
    this.values[this.next] = value;
    this.next = (this.next + 1) & 3;
  }

  clear(): void {
    this.keys.fill(undefined);
    this.values.fill(undefined);
  }
}

/**
 * The RDATA token bounds of every record of a document, in typed arrays: a zone may hold
 * millions of records, and keeping one object per token alive would cost more than parsing.
 */
export class TokenPool {
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private flags = new Uint8Array(1024);
  size = 0;
  /** Decoded forms computed while parsing (tokens with escapes), by pool index. */
  private readonly presets = new Map<number, CharString>();
  /**
   * The tokens and joined values of the last few records: every rule of a record shares them,
   * and nothing is kept alive for the whole zone.
   */
  readonly recentRdata = new Recent<readonly ZoneToken[]>();
  readonly recentValues = new Recent<RecordValue>();
  /** Tokens of records an incremental re-parse replaced (still in the arrays, no longer used). */
  unused = 0;

  /** The document text: replaced by an incremental re-parse, with every kept token moved. */
  constructor(public text: string) {}

  /** Adds a token and returns its index. */
  add(start: number, end: number, flags: TokenFlags): number {
    if (this.size === this.starts.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.starts = grow(this.starts, (n) => new Int32Array(n));
      this.ends = grow(this.ends, (n) => new Int32Array(n));
      this.flags = grow(this.flags, (n) => new Uint8Array(n));
    }
    this.starts[this.size] = start;
    this.ends[this.size] = end;
    this.flags[this.size] = flags;
    return this.size++;
  }

  preset(index: number, cs: CharString): void {
    this.presets.set(index, cs);
  }

  /** Moves `count` tokens from `first` by `delta` (their decoded forms are made again on use). */
  shift(first: number, count: number, delta: number): void {
    for (let i = first; i < first + count; i++) {
      this.starts[i]! += delta;
      this.ends[i]! += delta;
      if (this.presets.size > 0) this.presets.delete(i);
    }
  }

  /** Forgets the recent tokens and values (their ranges belong to the text before an edit). */
  resetCaches(): void {
    this.recentRdata.clear();
    this.recentValues.clear();
  }

  token(index: number): ZoneToken {
    const t = new ZoneToken(this.text, this.starts[index]!, this.ends[index]!, this.flags[index]!);
    const cs = this.presets.get(index);
    if (cs) t.preset(cs);
    return t;
  }

}

/** Types whose RDATA is one or more character-strings joined into one value. */
const JOINED_TYPES = new Set(['TXT', 'SPF']);

/**
 * A zone-file record. Ranges are kept as numbers and made into objects on demand (a zone may
 * hold millions of records); `value` is joined on first use for TXT and SPF.
 */
export class ZoneRecord implements RecordSite {
  readonly host: HostKind = 'zone-file';
  suppressed?: ReadonlySet<string>;

  constructor(
    readonly uri: string,
    readonly owner: string,
    /** Start and end of the owner token, or -1 for a blank owner. */
    private ownerStart: number,
    private ownerEnd: number,
    readonly ttl: number | undefined,
    /** Start and end of the TTL token, or -1 when the TTL is inherited. */
    private ttlStart: number,
    private ttlEnd: number,
    readonly rrClass: string,
    readonly type: string,
    private typeStart: number,
    private typeEnd: number,
    private readonly pool: TokenPool,
    /** Index of the first RDATA token in the pool, and how many there are. */
    readonly rdataFirst: number,
    readonly rdataCount: number,
    readonly generic: boolean,
    private start: number,
    private end: number,
    readonly origin: string,
  ) {}

  /** The first and last offsets of the record, without making a range object. */
  get startOffset(): number {
    return this.start;
  }

  get endOffset(): number {
    return this.end;
  }

  /** True when the TTL was written on the record. */
  get hasOwnTtl(): boolean {
    return this.ttlStart >= 0;
  }

  /** Moves the record and its tokens by `delta` (the text before it changed length). */
  shift(delta: number): void {
    if (this.ownerStart >= 0) {
      this.ownerStart += delta;
      this.ownerEnd += delta;
    }
    if (this.ttlStart >= 0) {
      this.ttlStart += delta;
      this.ttlEnd += delta;
    }
    this.typeStart += delta;
    this.typeEnd += delta;
    this.start += delta;
    this.end += delta;
    this.pool.shift(this.rdataFirst, this.rdataCount, delta);
    forgetMemos(this);
  }

  /** RDATA tokens, made on access and shared while this record is the one being checked. */
  get rdata(): readonly ZoneToken[] {
    const pool = this.pool;
    const known = pool.recentRdata.get(this);
    if (known) return known;
    const out: ZoneToken[] = new Array(this.rdataCount);
    for (let i = 0; i < this.rdataCount; i++) out[i] = pool.token(this.rdataFirst + i);
    pool.recentRdata.set(this, out);
    return out;
  }

  get ownerText(): string | undefined {
    return this.ownerStart >= 0 ? this.pool.text.slice(this.ownerStart, this.ownerEnd) : undefined;
  }

  get ownerRange(): OffsetRange | undefined {
    return this.ownerStart >= 0 ? { start: this.ownerStart, end: this.ownerEnd } : undefined;
  }

  get ttlRange(): OffsetRange | undefined {
    return this.ttlStart >= 0 ? { start: this.ttlStart, end: this.ttlEnd } : undefined;
  }

  get typeRange(): OffsetRange {
    return { start: this.typeStart, end: this.typeEnd };
  }

  get range(): OffsetRange {
    return { start: this.start, end: this.end };
  }

  get value(): RecordValue | undefined {
    if (this.generic || !JOINED_TYPES.has(this.type)) return undefined;
    const pool = this.pool;
    const known = pool.recentValues.get(this);
    if (known) return known;
    const strings = this.rdata.map((t) => t.cs);
    const map = new SourceMap(this.typeEnd);
    const starts: number[] = [];
    let text = '';
    for (const s of strings) {
      starts.push(text.length);
      map.append(s.map, text.length);
      text += s.value;
    }
    const value: RecordValue = { text, strings, starts, map };
    pool.recentValues.set(this, value);
    return value;
  }
}
