/** Record sites and RDATA tokens of a zone file, decoded lazily from scanner tokens. */
import type { CharString, HostKind, OffsetRange, RdataToken, RecordSite, RecordValue } from '../../model';
import { SourceMap } from '../../text/source-map';
import { decodeCharString } from './char-string';
import { TokenFlags, type Token } from './scanner';

/** An RDATA token whose decoded form is computed on first use. */
export class ZoneToken implements RdataToken {
  private decoded: CharString | undefined;
  private rawText: string | undefined;

  constructor(
    private readonly text: string,
    private readonly token: Token,
  ) {}

  get raw(): string {
    return (this.rawText ??= this.text.slice(this.token.start, this.token.end));
  }

  get range(): OffsetRange {
    return { start: this.token.start, end: this.token.end };
  }

  get quoted(): boolean {
    return (this.token.flags & TokenFlags.Quoted) !== 0;
  }

  get cs(): CharString {
    return (this.decoded ??= decodeCharString(this.text, this.token));
  }

  /** Sets the decoded form when it was computed early (to report escape problems). */
  preset(cs: CharString): void {
    this.decoded = cs;
  }
}

/** Types whose RDATA is one or more character-strings joined into one value. */
const JOINED_TYPES = new Set(['TXT', 'SPF']);

export interface RecordFields {
  readonly uri: string;
  readonly owner: string;
  readonly ownerText?: string;
  readonly ownerRange?: OffsetRange;
  readonly ttl?: number;
  readonly ttlRange?: OffsetRange;
  readonly rrClass: string;
  readonly type: string;
  readonly typeRange: OffsetRange;
  readonly rdata: readonly ZoneToken[];
  readonly generic: boolean;
  readonly range: OffsetRange;
  readonly origin: string;
  readonly suppressed?: ReadonlySet<string>;
}

/** A zone-file record; `value` is joined on first use for TXT and SPF. */
export class ZoneRecord implements RecordSite {
  readonly host: HostKind = 'zone-file';
  readonly uri: string;
  readonly owner: string;
  readonly ownerText?: string;
  readonly ownerRange?: OffsetRange;
  readonly ttl?: number;
  readonly ttlRange?: OffsetRange;
  readonly rrClass: string;
  readonly type: string;
  readonly typeRange: OffsetRange;
  readonly rdata: readonly ZoneToken[];
  readonly generic: boolean;
  readonly range: OffsetRange;
  readonly origin: string;
  readonly suppressed?: ReadonlySet<string>;
  private joined: RecordValue | undefined;

  constructor(fields: RecordFields) {
    this.uri = fields.uri;
    this.owner = fields.owner;
    if (fields.ownerText !== undefined) this.ownerText = fields.ownerText;
    if (fields.ownerRange) this.ownerRange = fields.ownerRange;
    if (fields.ttl !== undefined) this.ttl = fields.ttl;
    if (fields.ttlRange) this.ttlRange = fields.ttlRange;
    this.rrClass = fields.rrClass;
    this.type = fields.type;
    this.typeRange = fields.typeRange;
    this.rdata = fields.rdata;
    this.generic = fields.generic;
    this.range = fields.range;
    this.origin = fields.origin;
    if (fields.suppressed) this.suppressed = fields.suppressed;
  }

  get value(): RecordValue | undefined {
    if (this.joined || this.generic || !JOINED_TYPES.has(this.type)) return this.joined;
    const strings = this.rdata.map((t) => t.cs);
    const map = new SourceMap(this.typeRange.end);
    const starts: number[] = [];
    let text = '';
    for (const s of strings) {
      starts.push(text.length);
      map.append(s.map, text.length);
      text += s.value;
    }
    this.joined = { text, strings, starts, map };
    return this.joined;
  }
}
