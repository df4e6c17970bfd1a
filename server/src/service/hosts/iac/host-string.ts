/**
 * A string literal of a host language (HCL, YAML, JSON, JavaScript) after its own escapes are
 * decoded, with a source map from the decoded text back to the document. Each adapter makes
 * these with its language's rules; the DNS layer (`iac-record.ts`) builds on them.
 */
import type { OffsetRange } from '../../model';
import { SourceMap } from '../../text/source-map';

export interface HostString {
  /** The decoded text. */
  readonly value: string;
  /** Decoded offsets → document offsets; host escapes are atomic. */
  readonly map: SourceMap;
  /** The literal in the document, quotes included. */
  readonly range: OffsetRange;
  /** Decoded ranges whose content is unknown (`${...}` interpolations, references). */
  readonly opaque: readonly OffsetRange[];
  /** Escapes plain text for insertion into this literal (`"` → `\"` in HCL and JSON, ...). */
  encode(text: string): string;
}

/** Builds a host string piece by piece: literal runs and escapes, in document order. */
export class HostStringBuilder {
  private value = '';
  private readonly map: SourceMap;
  private readonly opaque: OffsetRange[] = [];

  constructor(docStart: number) {
    this.map = new SourceMap(docStart);
  }

  /** Text copied from the document at `docStart`. */
  literal(text: string, docStart: number): void {
    this.map.addLiteral(this.value.length, docStart, text.length);
    this.value += text;
  }

  /** `decoded` stands for document text `[docStart, docEnd)` (an escape). */
  escape(decoded: string, docStart: number, docEnd: number): void {
    this.map.addEscape(this.value.length, decoded.length, docStart, docEnd);
    this.value += decoded;
  }

  /** An interpolation or reference whose value is unknown: kept as written, marked opaque. */
  opaqueText(text: string, docStart: number): void {
    this.opaque.push({ start: this.value.length, end: this.value.length + text.length });
    this.literal(text, docStart);
  }

  finish(range: OffsetRange, encode: (text: string) => string, docEnd: number): HostString {
    this.map.setEnd(docEnd);
    return { value: this.value, map: this.map, range, opaque: this.opaque, encode };
  }
}

/** A host string whose text is the document text itself (no escapes), e.g. a YAML plain scalar. */
export function verbatimHostString(text: string, range: OffsetRange, encode: (text: string) => string): HostString {
  const b = new HostStringBuilder(range.start);
  b.literal(text.slice(range.start, range.end), range.start);
  return b.finish(range, encode, range.end);
}

/** Escaping for JSON and HCL double-quoted strings (HCL also doubles `${` and `%{`). */
export function encodeDoubleQuoted(text: string, hcl = false): string {
  let out = JSON.stringify(text).slice(1, -1);
  if (hcl) out = out.replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
  return out;
}
