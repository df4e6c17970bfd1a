/**
 * Composition of source maps (ARCHITECTURE "Source maps for record values"): a record value
 * decoded from DNS character-strings that were themselves decoded from a host-language string
 * literal (HCL, YAML, JSON, JavaScript) maps back to the document through both layers. Escapes
 * of either layer stay atomic: a value range never maps to part of `\"` or `\059`.
 */
import { SourceMap } from './source-map';

/**
 * A map from `inner`'s value to `outer`'s document, where `inner`'s document offsets are
 * `outer`'s value offsets.
 */
export function composeMaps(inner: SourceMap, outer: SourceMap): SourceMap {
  const out = new SourceMap(outer.toDocOffset(0));
  const pieces = outer.pieces;
  let cursor = 0;
  for (const s of inner.pieces) {
    const hostStart = s.docStart;
    const hostEnd = s.docStart + s.docLength;
    if (s.atomic) {
      const span = outer.toDocSpan(hostStart, hostEnd);
      out.addEscape(s.valueStart, s.valueLength, span.start, span.end);
      continue;
    }
    // A literal run of the inner layer: follow the outer pieces it crosses.
    let value = s.valueStart;
    let host = hostStart;
    // Inner pieces come in host order; start from the outer piece the last one reached.
    if (cursor >= pieces.length || pieces[cursor]!.valueStart > host) cursor = 0;
    for (; cursor < pieces.length; cursor++) {
      const o = pieces[cursor]!;
      const oEnd = o.valueStart + o.valueLength;
      if (oEnd <= host) continue;
      if (o.valueStart >= hostEnd) break;
      const from = Math.max(host, o.valueStart);
      const to = Math.min(hostEnd, oEnd);
      if (to <= from) continue;
      if (o.atomic) {
        // An outer escape (e.g. HCL `\"`) stands for these host characters as a whole.
        out.addEscape(value, to - from, o.docStart, o.docStart + o.docLength);
      } else {
        out.addLiteral(value, o.docStart + (from - o.valueStart), to - from);
      }
      value += to - from;
      host = to;
      if (to === hostEnd) break;
    }
  }
  out.setEnd(outer.toDocOffset(inner.endOffset));
  return out;
}
