/**
 * Record sites inside infrastructure-as-code files. The RDATA comes from one or more host
 * strings; each is read as zone presentation text (`"v=spf1 ..." "..."`, `10 mail.example.com.`),
 * as one raw TXT string (the provider adds the DNS quotes), or as raw text split at `""`
 * (Route 53's convention for long TXT values). Value maps compose both layers.
 */
import type { CharString, HostKind, OffsetEdit, OffsetRange, RdataToken, RecordSite, RecordValue } from '../../model';
import { SourceMap } from '../../text/source-map';
import { composeMaps } from '../../text/compose-maps';
import { utf8Length } from '../../text/octets';
import { decodeCharString } from '../zone-file/char-string';
import { scan, TokenFlags, type Token } from '../zone-file/scanner';
import type { HostString } from './host-string';

export type RdataEncoding =
  /** Zone presentation text: DNS quotes and escapes inside the host string. */
  | 'presentation'
  /** The whole host string is one TXT string; the provider adds the DNS quotes. */
  | 'raw'
  /** Raw text where `""` separates TXT strings (Route 53). */
  | 'split-quotes';

export interface RdataSource {
  readonly text: HostString;
  readonly encoding: RdataEncoding;
}

export interface IacRecordInput {
  readonly host: HostKind;
  readonly uri: string;
  readonly owner: string;
  readonly ownerRange?: OffsetRange;
  readonly origin: string;
  readonly type: string;
  readonly typeRange: OffsetRange;
  readonly ttl?: number;
  readonly ttlRange?: OffsetRange;
  /** The whole record site (resource block, list item). */
  readonly range: OffsetRange;
  readonly rdata: readonly RdataSource[];
  readonly provider?: string;
  readonly suppressed?: ReadonlySet<string>;
  /** Writes a whole new value the way the host and provider want it (for fixes that rewrite). */
  readonly rewriteValue?: (newValue: string) => OffsetEdit | undefined;
}

const JOINED_TYPES = new Set(['TXT', 'SPF']);

function token(raw: string, cs: CharString, range: OffsetRange, quoted: boolean): RdataToken {
  return { raw, cs, range, quoted };
}

/** A char-string whose text is `source.value[start, end)` taken literally. */
function literalString(source: HostString, start: number, end: number): CharString {
  const inner = new SourceMap(start);
  inner.addLiteral(0, start, end - start);
  inner.setEnd(end);
  const value = source.value.slice(start, end);
  const map = composeMaps(inner, source.map);
  return { range: source.map.toDocSpan(start, end), quoted: true, value, octets: utf8Length(value), map };
}

/** The RDATA tokens one source holds. */
function tokensOf(source: RdataSource): RdataToken[] {
  const text = source.text;
  const host = text.value;
  switch (source.encoding) {
    case 'raw': {
      const cs = literalString(text, 0, host.length);
      return [token(host, cs, text.range, true)];
    }
    case 'split-quotes': {
      const out: RdataToken[] = [];
      let start = 0;
      for (;;) {
        const at = host.indexOf('""', start);
        const end = at < 0 ? host.length : at;
        const cs = literalString(text, start, end);
        out.push(token(host.slice(start, end), cs, cs.range, true));
        if (at < 0) break;
        start = at + 2;
      }
      return out;
    }
    case 'presentation': {
      const found: Token[] = [];
      scan(host, { entry: (e) => found.push(...e.tokens), comment: () => undefined, problem: () => undefined });
      return found.map((t) => {
        const inner = decodeCharString(host, t);
        const map = composeMaps(inner.map, text.map);
        const range = text.map.toDocSpan(t.start, t.end);
        const cs: CharString = { ...inner, range, map };
        return token(host.slice(t.start, t.end), cs, range, (t.flags & TokenFlags.Quoted) !== 0);
      });
    }
  }
}

/** A record site found in an IaC file. */
export class IacRecord implements RecordSite {
  readonly host: HostKind;
  readonly uri: string;
  readonly owner: string;
  readonly ownerRange?: OffsetRange;
  readonly ttl?: number;
  readonly ttlRange?: OffsetRange;
  readonly rrClass = 'IN';
  readonly type: string;
  readonly typeRange: OffsetRange;
  readonly generic = false;
  readonly range: OffsetRange;
  readonly origin: string;
  readonly provider?: string;
  readonly suppressed?: ReadonlySet<string>;
  readonly opaque?: readonly OffsetRange[];
  readonly rewriteValue?: (newValue: string) => OffsetEdit | undefined;
  private readonly sources: readonly RdataSource[];
  private tokens: readonly RdataToken[] | undefined;
  private joined: RecordValue | undefined;

  constructor(input: IacRecordInput) {
    this.host = input.host;
    this.uri = input.uri;
    this.owner = input.owner;
    if (input.ownerRange) this.ownerRange = input.ownerRange;
    if (input.ttl !== undefined) this.ttl = input.ttl;
    if (input.ttlRange) this.ttlRange = input.ttlRange;
    this.type = input.type;
    this.typeRange = input.typeRange;
    this.range = input.range;
    this.origin = input.origin;
    if (input.provider) this.provider = input.provider;
    if (input.suppressed) this.suppressed = input.suppressed;
    if (input.rewriteValue) this.rewriteValue = input.rewriteValue;
    this.sources = input.rdata;
    const opaque: OffsetRange[] = [];
    for (const s of input.rdata) for (const o of s.text.opaque) opaque.push(s.text.map.toDocSpan(o.start, o.end));
    if (opaque.length > 0) this.opaque = opaque;
  }

  get rdata(): readonly RdataToken[] {
    return (this.tokens ??= this.sources.flatMap(tokensOf));
  }

  get value(): RecordValue | undefined {
    if (!JOINED_TYPES.has(this.type)) return undefined;
    if (this.joined) return this.joined;
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

  /** Escapes value text for the host string that holds value offset `valueOffset`. */
  readonly encodeValue = (text: string, valueOffset: number): string => {
    const value = this.value;
    let index = 0;
    if (value) while (index + 1 < value.starts.length && value.starts[index + 1]! <= valueOffset) index++;
    const source = this.sourceOfString(index);
    if (!source) return text;
    // Presentation text: escape for the DNS character-string first, then for the host literal.
    const dns = source.encoding === 'presentation' ? text.replace(/[\\"]/g, (c) => `\\${c}`) : text;
    return source.text.encode(dns);
  };

  private sourceOfString(index: number): RdataSource | undefined {
    let seen = 0;
    for (const s of this.sources) {
      const n = tokensOf(s).length;
      if (index < seen + n) return s;
      seen += n;
    }
    return this.sources[this.sources.length - 1];
  }
}
