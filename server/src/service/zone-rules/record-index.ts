/**
 * Indexes shared by the document rules: records grouped by owner name, built once per
 * validation run (keyed by the record list itself, so nothing outlives the run) and in linear time.
 */
import type { RecordSite } from '../model';

const byOwnerMemo = new WeakMap<readonly RecordSite[], ReadonlyMap<string, readonly RecordSite[]>>();

/** Records grouped by absolute owner name, each group in list order. */
export function recordsByOwner(records: readonly RecordSite[]): ReadonlyMap<string, readonly RecordSite[]> {
  const cached = byOwnerMemo.get(records);
  if (cached) return cached;
  const map = new Map<string, RecordSite[]>();
  for (const record of records) {
    const group = map.get(record.owner);
    if (group) group.push(record);
    else map.set(record.owner, [record]);
  }
  byOwnerMemo.set(records, map);
  return map;
}

/** The SOA records of a list, in order. */
export function soaRecords(records: readonly RecordSite[]): RecordSite[] {
  return records.filter((r) => r.type === 'SOA');
}

/** Where to report on a record as a whole: its owner as written, else its type token. */
export function ownerOrTypeRange(record: RecordSite): { start: number; end: number } {
  return record.ownerRange ?? record.typeRange;
}
