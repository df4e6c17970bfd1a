/**
 * Source maps from a decoded record value back to document offsets.
 *
 * A record value (for example the joined text of a TXT record) is built from pieces of the
 * document: literal runs map one to one, escapes (`\DDD`, `\X`, host-language escapes) map one
 * value character to several document characters and are atomic: a value range never maps to
 * part of an escape. One value range may map to several document ranges (string joins).
 */
import type { OffsetRange } from '../model';

/** One piece of the value and where it came from in the document. */
export interface Segment {
  /** Offset of the piece inside the value. */
  readonly valueStart: number;
  /** Length of the piece inside the value. */
  readonly valueLength: number;
  /** Offset of the piece inside the document. */
  readonly docStart: number;
  /** Length of the piece inside the document. */
  readonly docLength: number;
  /** True when the document text is an escape that stands for the value text as a whole. */
  readonly atomic: boolean;
}

export class SourceMap {
  private readonly segments: Segment[] = [];

  /** Document offset just after the last piece, used for empty ranges at the very end. */
  private endDoc = -1;

  constructor(private readonly fallbackDoc: number = 0) {}

  /** The pieces, in value order. */
  get pieces(): readonly Segment[] {
    return this.segments;
  }

  /** Length of the value this map covers. */
  get length(): number {
    const last = this.segments[this.segments.length - 1];
    return last ? last.valueStart + last.valueLength : 0;
  }

  /** Adds a literal run: `length` value characters copied from `docStart`. */
  addLiteral(valueStart: number, docStart: number, length: number): void {
    if (length <= 0) return;
    const last = this.segments[this.segments.length - 1];
    if (
      last &&
      !last.atomic &&
      last.valueStart + last.valueLength === valueStart &&
      last.docStart + last.docLength === docStart
    ) {
      this.segments[this.segments.length - 1] = { ...last, valueLength: last.valueLength + length, docLength: last.docLength + length };
    } else {
      this.segments.push({ valueStart, valueLength: length, docStart, docLength: length, atomic: false });
    }
    this.endDoc = docStart + length;
  }

  /** Adds an escape: `valueLength` value characters that stand for document text `[docStart, docEnd)`. */
  addEscape(valueStart: number, valueLength: number, docStart: number, docEnd: number): void {
    this.segments.push({ valueStart, valueLength, docStart, docLength: docEnd - docStart, atomic: true });
    this.endDoc = docEnd;
  }

  /** The document offset where the value ends (e.g. before a closing quote). */
  get endOffset(): number {
    return this.endDoc >= 0 ? this.endDoc : this.fallbackDoc;
  }

  /** Marks where the value ends in the document (e.g. before a closing quote). */
  setEnd(docOffset: number): void {
    this.endDoc = docOffset;
  }

  /** Appends every piece of `other`, shifted by `valueShift` in the value. */
  append(other: SourceMap, valueShift: number): void {
    for (const s of other.segments) this.segments.push({ ...s, valueStart: s.valueStart + valueShift });
    if (other.endDoc >= 0) this.endDoc = other.endDoc;
  }

  private find(valueOffset: number): number {
    let lo = 0;
    let hi = this.segments.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.segments[mid]!;
      if (valueOffset < s.valueStart) hi = mid - 1;
      else if (valueOffset >= s.valueStart + s.valueLength) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  /**
   * The document offset of a value offset. With `bias: 'start'` an offset inside an escape maps
   * to the escape's start, with `'end'` to its end. The value's end maps to the end of the last piece.
   */
  toDocOffset(valueOffset: number, bias: 'start' | 'end' = 'start'): number {
    if (this.segments.length === 0) return this.endDoc >= 0 ? this.endDoc : this.fallbackDoc;
    if (valueOffset >= this.length) return this.endDoc >= 0 ? this.endDoc : this.fallbackDoc;
    if (valueOffset <= 0) return this.segments[0]!.docStart;
    const i = this.find(valueOffset);
    if (i < 0) return this.fallbackDoc;
    const s = this.segments[i]!;
    if (s.atomic) {
      if (valueOffset === s.valueStart) return s.docStart;
      return bias === 'start' ? s.docStart : s.docStart + s.docLength;
    }
    return s.docStart + (valueOffset - s.valueStart);
  }

  /**
   * The document ranges that hold value range `[start, end)`, merged where they touch.
   * Escapes are never split. An empty value range maps to one empty document range.
   */
  toDocRanges(start: number, end: number): OffsetRange[] {
    if (end <= start) {
      const at = this.toDocOffset(start, 'start');
      return [{ start: at, end: at }];
    }
    const out: OffsetRange[] = [];
    let i = this.find(start);
    if (i < 0) {
      const at = this.toDocOffset(start);
      return [{ start: at, end: at }];
    }
    for (; i < this.segments.length; i++) {
      const s = this.segments[i]!;
      if (s.valueStart >= end) break;
      const a = Math.max(start, s.valueStart);
      const b = Math.min(end, s.valueStart + s.valueLength);
      let ds: number;
      let de: number;
      if (s.atomic) {
        ds = s.docStart;
        de = s.docStart + s.docLength;
      } else {
        ds = s.docStart + (a - s.valueStart);
        de = s.docStart + (b - s.valueStart);
      }
      const prev = out[out.length - 1];
      if (prev && prev.end === ds) prev.end = de;
      else out.push({ start: ds, end: de });
    }
    return out;
  }

  /**
   * The value offset at a document offset, or undefined when the document offset lies outside
   * every piece (in a quote, between strings). Inside an escape it is the escape's value offset.
   */
  toValueOffset(docOffset: number): number | undefined {
    for (const s of this.segments) {
      if (docOffset < s.docStart) return undefined;
      const docEnd = s.docStart + s.docLength;
      if (docOffset === docEnd) return s.valueStart + s.valueLength;
      if (docOffset < docEnd) return s.atomic ? s.valueStart : s.valueStart + (docOffset - s.docStart);
    }
    if (this.segments.length === 0 && docOffset === this.endDoc) return 0;
    return undefined;
  }

  /** One document range covering value range `[start, end)` from its first to its last piece. */
  toDocSpan(start: number, end: number): OffsetRange {
    const ranges = this.toDocRanges(start, end);
    return { start: ranges[0]!.start, end: ranges[ranges.length - 1]!.end };
  }
}
