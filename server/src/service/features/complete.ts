/** Completion: RR types, classes, directives and TTL units where each may be written. */
import type { OffsetRange, ParsedDocument } from '../model';

export interface ServiceCompletionItem {
  readonly label: string;
  readonly kind: 'keyword' | 'value' | 'snippet' | 'unit' | 'property';
  readonly detail?: string;
  /** Markdown. */
  readonly documentation?: string;
  /** Text to insert; a snippet (with `$1` placeholders) when `snippet` is true. */
  readonly insertText?: string;
  readonly snippet?: boolean;
  /** The document range the item replaces (the word being typed). */
  readonly range?: OffsetRange;
  readonly sortText?: string;
}

export function complete(_document: ParsedDocument, _offset: number): ServiceCompletionItem[] {
  return [];
}
