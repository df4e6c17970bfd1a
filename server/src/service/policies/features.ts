/**
 * Hover and completion inside TXT values: finds the record and value offset under the cursor,
 * asks the features of the record's policy kind, and maps value ranges back to the document.
 */
import type { OffsetRange, ParsedDocument, RecordSite, RecordValue } from '../model';
import type { ServiceHover } from '../features/hover';
import type { ServiceCompletionItem } from '../features/complete';
import { recordAt } from '../features/record-at';
import { classify, type Classification, type PolicyKind } from './kinds';
import { escapeZoneString } from './value-edits';
import { spfFeatures } from './spf/features';
import { dmarcFeatures } from './dmarc/features';
import { dkimFeatures } from './dkim/features';
import { bimiFeatures } from './bimi/features';
import { mtaStsFeatures } from './mta-sts/features';
import { tlsRptFeatures } from './tls-rpt/features';

/** What a policy feature gets: the record under the cursor and its value. */
export interface PolicyFeatureContext {
  readonly document: ParsedDocument;
  readonly record: RecordSite;
  readonly value: RecordValue;
  readonly classification: Classification;
}

/** A hover in value offsets. */
export interface PolicyHover {
  /** Markdown. */
  readonly contents: string;
  readonly start: number;
  readonly end: number;
}

/** A completion in value offsets; `insertText` is plain value text (escaped for the host here). */
export interface PolicyCompletion {
  readonly label: string;
  readonly kind: ServiceCompletionItem['kind'];
  readonly detail?: string;
  readonly documentation?: string;
  readonly insertText?: string;
  /** True when `insertText` holds snippet placeholders (`${1:...}`). */
  readonly snippet?: boolean;
  readonly sortText?: string;
  /** Value range the item replaces (the word being typed). */
  readonly start: number;
  readonly end: number;
}

export interface PolicyFeatures {
  hover?(context: PolicyFeatureContext, valueOffset: number): PolicyHover | undefined;
  complete?(context: PolicyFeatureContext, valueOffset: number): PolicyCompletion[];
}

const FEATURES: Partial<Record<PolicyKind, PolicyFeatures>> = {
  spf: spfFeatures,
  dmarc: dmarcFeatures,
  'dmarc-report': dmarcFeatures,
  dkim: dkimFeatures,
  bimi: bimiFeatures,
  'mta-sts': mtaStsFeatures,
  'tls-rpt': tlsRptFeatures,
};

/** The record, value, value offset and features at a document offset inside a TXT value. */
function at(document: ParsedDocument, offset: number, record?: RecordSite) {
  const r = record ?? recordAt(document.records, offset);
  const value = r?.value;
  if (!r || !value) return undefined;
  const first = r.rdata[0];
  if (!first || offset < first.range.start) return undefined;
  const valueOffset = value.map.toValueOffset(offset);
  if (valueOffset === undefined) return undefined;
  const classification = classify(r)!;
  // A TXT value that announces nothing yet is most likely the start of an SPF record.
  const features = FEATURES[classification.kind ?? 'spf'];
  if (!features) return undefined;
  return { context: { document, record: r, value, classification }, valueOffset, features };
}

export function policyHover(document: ParsedDocument, record: RecordSite, offset: number): ServiceHover | undefined {
  const found = at(document, offset, record);
  const hover = found?.features.hover?.(found.context, found.valueOffset);
  if (!found || !hover) return undefined;
  return { contents: hover.contents, range: found.context.value.map.toDocSpan(hover.start, hover.end) };
}

/** Completions inside a TXT value, or undefined when the offset is not inside one. */
export function policyCompletions(document: ParsedDocument, offset: number): ServiceCompletionItem[] | undefined {
  const found = at(document, offset);
  if (!found) return undefined;
  const items = found.features.complete?.(found.context, found.valueOffset) ?? [];
  const { value, record } = found.context;
  return items.map((item): ServiceCompletionItem => {
    const range: OffsetRange = value.map.toDocSpan(item.start, item.end);
    const text = item.insertText ?? item.label;
    const quoted = value.strings.find((s) => s.range.start <= range.start && range.end <= s.range.end)?.quoted ?? true;
    const insertText = item.snippet ? text : record.encodeValue ? record.encodeValue(text, item.start) : escapeZoneString(text, quoted);
    return {
      label: item.label,
      kind: item.kind,
      range,
      insertText,
      ...(item.snippet ? { snippet: true } : {}),
      ...(item.detail ? { detail: item.detail } : {}),
      ...(item.documentation ? { documentation: item.documentation } : {}),
      ...(item.sortText ? { sortText: item.sortText } : {}),
    };
  });
}
