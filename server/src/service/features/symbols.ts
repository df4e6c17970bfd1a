/** Document symbols: records grouped by owner name, in document order. */
import type { OffsetRange, ParsedDocument, RecordSite } from '../model';
import { policyFileSymbols } from '../policies/mta-sts/policy-file/symbols';
import { ownsWholeDocument } from './record-site-guard';

export interface ServiceSymbol {
  readonly name: string;
  readonly detail?: string;
  /** `namespace` for an owner, `field` for a record, `constant` for a directive. */
  readonly kind: 'namespace' | 'field' | 'constant';
  readonly range: OffsetRange;
  readonly selectionRange: OffsetRange;
  readonly children?: ServiceSymbol[];
}

function summary(record: RecordSite): string {
  const text = record.rdata.map((t) => t.raw).join(' ');
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export function documentSymbols(document: ParsedDocument): ServiceSymbol[] {
  if (document.host === 'mta-sts-policy') return policyFileSymbols(document);
  // Documents of other languages (Terraform, YAML, JavaScript, ...) keep their own outline.
  if (!ownsWholeDocument(document)) return [];
  const out: ServiceSymbol[] = [];
  for (const d of document.directives) {
    out.push({
      name: d.name,
      detail: d.args.map((a) => a.text).join(' '),
      kind: 'constant',
      range: d.range,
      selectionRange: d.nameRange,
    });
  }
  const owners = new Map<string, { symbol: ServiceSymbol; children: ServiceSymbol[]; range: OffsetRange }>();
  for (const record of document.records) {
    const child: ServiceSymbol = {
      name: record.type,
      detail: summary(record),
      kind: 'field',
      range: record.range,
      selectionRange: record.typeRange,
    };
    let group = owners.get(record.owner);
    if (!group) {
      const range = { start: record.range.start, end: record.range.end };
      const children: ServiceSymbol[] = [];
      group = {
        range,
        children,
        symbol: { name: record.owner, kind: 'namespace', range, selectionRange: record.ownerRange ?? record.typeRange, children },
      };
      owners.set(record.owner, group);
      out.push(group.symbol);
    }
    group.children.push(child);
    group.range.start = Math.min(group.range.start, record.range.start);
    group.range.end = Math.max(group.range.end, record.range.end);
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}
