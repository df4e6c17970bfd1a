/**
 * Record sites of the JavaScript hosts (DNSControl, Pulumi): IaC records whose whole-value
 * rewrites replace the JS expression with one fresh literal, written the way the DNS provider
 * wants long TXT values, in the quote character the expression used.
 */
import type { HostKind, OffsetEdit, OffsetRange, RecordValue } from '../../model';
import { IacRecord, type IacRecordInput } from '../iac/iac-record';
import type { HostString } from '../iac/host-string';
import { chunkValue, escapeZoneString } from '../../policies/value-edits';
import { encodeJs, type JsQuote } from './js-string';

export class JsRecord extends IacRecord {
  private plainValue: RecordValue | undefined;

  constructor(input: IacRecordInput & { host: HostKind }) {
    super(input);
  }

  /**
   * The joined value, its strings marked unquoted: a DNS quote is no document character here
   * (the provider adds it, or it is `\"` inside a literal), so fixes go through the value map.
   */
  override get value(): RecordValue | undefined {
    const v = super.value;
    if (!v) return undefined;
    return (this.plainValue ??= { ...v, strings: v.strings.map((s) => ({ ...s, quoted: false })) });
  }
}

export type Rewrite = (newValue: string) => OffsetEdit | undefined;

/** How a provider wants a whole TXT value written inside one string. */
export type ValueFormat = 'raw' | 'split-quotes' | 'presentation';

export function formatValue(value: string, format: ValueFormat): string {
  switch (format) {
    case 'raw':
      return value;
    case 'split-quotes':
      return chunkValue(value).join('""');
    case 'presentation':
      return chunkValue(value)
        .map((c) => `"${escapeZoneString(c, true)}"`)
        .join(' ');
  }
}

/**
 * An edit that replaces the expression at `range` (the host string's) with one literal holding
 * the value in `format`; undefined when the expression has interpolations (they would be lost).
 */
export function literalRewrite(text: string, host: HostString, format: ValueFormat): Rewrite | undefined {
  if (host.opaque.length > 0) return undefined;
  const range: OffsetRange = host.range;
  const first = text[range.start];
  const quote: JsQuote = first === "'" || first === '`' ? first : '"';
  return (newValue) => ({ range, newText: `${quote}${encodeJs(formatValue(newValue, format), [quote])}${quote}` });
}
