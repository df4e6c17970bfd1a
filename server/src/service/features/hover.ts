/** Hover: explains the token under the cursor (RR type, RDATA field, directive, TTL, class). */
import type { OffsetRange, ParsedDocument } from '../model';

export interface ServiceHover {
  /** Markdown. */
  readonly contents: string;
  readonly range: OffsetRange;
}

export function hover(_document: ParsedDocument, _offset: number): ServiceHover | undefined {
  return undefined;
}
