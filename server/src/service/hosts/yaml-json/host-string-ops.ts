/**
 * Operations on host strings shared by the YAML/JSON adapters: a slice (one TXT chunk), a
 * further decoding layer on top (octoDNS `\;`, CloudFormation `!Sub` `${!...}`), and the split
 * into strings of at most 255 octets that providers which chunk TXT values themselves make.
 */
import type { OffsetRange } from '../../model';
import { SourceMap } from '../../text/source-map';
import { composeMaps } from '../../text/compose-maps';
import type { HostString } from '../iac/host-string';

/** Value range `[start, end)` of a host string as a host string of its own. */
export function sliceHostString(source: HostString, start: number, end: number): HostString {
  const inner = new SourceMap(start);
  inner.addLiteral(0, start, end - start);
  inner.setEnd(end);
  const map = composeMaps(inner, source.map);
  const opaque: OffsetRange[] = [];
  for (const o of source.opaque) {
    const s = Math.max(o.start, start);
    const e = Math.min(o.end, end);
    if (s < e || (o.start === o.end && o.start >= start && o.start < end)) opaque.push({ start: s - start, end: e - start });
  }
  return { value: source.value.slice(start, end), map, range: source.map.toDocSpan(start, end), opaque, encode: source.encode };
}

/** Builds the pieces of a layer over a host string's value (offsets are the outer value's). */
export class LayerBuilder {
  private value = '';
  private readonly map: SourceMap;
  private readonly opaque: OffsetRange[] = [];

  constructor(start = 0) {
    this.map = new SourceMap(start);
  }

  literal(text: string, at: number): void {
    this.map.addLiteral(this.value.length, at, text.length);
    this.value += text;
  }

  escape(decoded: string, start: number, end: number): void {
    this.map.addEscape(this.value.length, decoded.length, start, end);
    this.value += decoded;
  }

  opaqueText(text: string, at: number): void {
    this.opaque.push({ start: this.value.length, end: this.value.length + text.length });
    this.literal(text, at);
  }

  /** The layered host string: its map composed with `outer`'s, `encode` applied before `outer`'s. */
  finish(outer: HostString, end: number, encode: (text: string) => string): HostString {
    this.map.setEnd(end);
    const map = composeMaps(this.map, outer.map);
    const opaque = [...this.opaque];
    // Outer opaque parts stay opaque: map them through this layer.
    for (const o of outer.opaque) {
      const s = this.valueAt(o.start);
      const e = this.valueAt(o.end);
      if (s !== undefined && e !== undefined) opaque.push({ start: s, end: Math.max(s, e) });
    }
    return { value: this.value, map, range: outer.range, opaque, encode: (t) => outer.encode(encode(t)) };
  }

  private valueAt(outerOffset: number): number | undefined {
    return this.map.toValueOffset(outerOffset);
  }
}

function octetsOf(code: number): number {
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdbff ? 4 : code >= 0xdc00 && code <= 0xdfff ? 0 : 3;
}

/** Value offsets where a provider that chunks by itself starts each string of at most `max` octets. */
export function chunkStarts(value: string, max = 255): number[] {
  const starts = [0];
  let octets = 0;
  for (let i = 0; i < value.length; i++) {
    const size = octetsOf(value.charCodeAt(i));
    if (size === 0) continue; // low surrogate: counted with its pair
    if (octets + size > max && octets > 0) {
      starts.push(i);
      octets = 0;
    }
    octets += size;
  }
  return starts;
}

/** The host string split the way a provider that chunks TXT values itself splits it. */
export function chunkHostString(source: HostString, max = 255): HostString[] {
  const starts = chunkStarts(source.value, max);
  if (starts.length === 1) return [source];
  return starts.map((s, i) => sliceHostString(source, s, starts[i + 1] ?? source.value.length));
}
