/**
 * Record indexes: records grouped by owner name and the SOA records of a list, built once per
 * record list (keyed by the list itself, so nothing outlives the validation run) and in linear
 * time. Validation looks owners up here and hands rules the groups; zone rules use
 * `context.recordsAt` and owner rules instead of building an index of their own, and find the
 * zone's SOA with `documentSoa` / `zoneSoa` (a lookup of the zone origin in a zone file).
 */
import type { RecordSite } from '../model';
import type { RuleContext } from '../rules/define-rule';

/**
 * Records grouped by owner name. A zone may hold a million distinct owners, and a `Map` with
 * that many keys (and an array per key) costs more than parsing the zone, so the groups live
 * in typed arrays: an open-addressing table of FNV-1a hashes and a linked list per group.
 * Arrays are made only for the groups a rule asks for.
 */
export class OwnerIndex {
  private readonly table: Int32Array;
  private readonly mask: number;
  /** Per group: its first and last record index. */
  private readonly heads: Int32Array;
  private readonly tails: Int32Array;
  /** Per group: how many records it holds. */
  private readonly sizes: Int32Array;
  /** Per record: the next record of its group, or -1. */
  private readonly next: Int32Array;
  /** Per group: the hash of its owner (compared before the names themselves). */
  private readonly hashes: Int32Array;
  private groups = 0;

  constructor(private readonly records: readonly RecordSite[]) {
    const n = records.length;
    let size = 16;
    while (size < n * 2) size *= 2;
    this.table = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    this.heads = new Int32Array(Math.max(n, 1));
    this.tails = new Int32Array(Math.max(n, 1));
    this.sizes = new Int32Array(Math.max(n, 1));
    this.next = new Int32Array(Math.max(n, 1)).fill(-1);
    this.hashes = new Int32Array(Math.max(n, 1));
    let previousOwner: string | undefined;
    let previousGroup = -1;
    for (let i = 0; i < n; i++) {
      const owner = records[i]!.owner;
      // Records of one owner usually follow each other: skip the table for them.
      const group = owner === previousOwner ? previousGroup : this.groupFor(owner);
      previousOwner = owner;
      previousGroup = group;
      if (this.sizes[group] === 0) this.heads[group] = i;
      else this.next[this.tails[group]!] = i;
      this.tails[group] = i;
      this.sizes[group]!++;
    }
  }

  private static hash(owner: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < owner.length; i++) {
      h ^= owner.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return h;
  }

  private slotOf(owner: string, h: number): number {
    const table = this.table;
    const mask = this.mask;
    let slot = h & mask;
    for (;;) {
      const group = table[slot]!;
      if (group < 0 || (this.hashes[group] === h && this.records[this.heads[group]!]!.owner === owner)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  /** The group of `owner`, made when it is new. */
  private groupFor(owner: string): number {
    const h = OwnerIndex.hash(owner);
    const slot = this.slotOf(owner, h);
    let group = this.table[slot]!;
    if (group < 0) {
      group = this.groups++;
      this.table[slot] = group;
      this.hashes[group] = h;
    }
    return group;
  }

  private collect(group: number): RecordSite[] {
    const out: RecordSite[] = [];
    for (let i = this.heads[group]!; i >= 0; i = this.next[i]!) out.push(this.records[i]!);
    return out;
  }

  /** The records at `owner` (absolute, lower case), in list order; undefined when there are none. */
  get(owner: string): readonly RecordSite[] | undefined {
    if (this.records.length === 0) return undefined;
    const group = this.table[this.slotOf(owner, OwnerIndex.hash(owner))]!;
    return group < 0 ? undefined : this.collect(group);
  }

  /** Every group of two or more records (one owner each), in order of first appearance. */
  *sharedOwners(): IterableIterator<readonly RecordSite[]> {
    for (let g = 0; g < this.groups; g++) if (this.sizes[g]! > 1) yield this.collect(g);
  }
}

const byOwnerMemo = new WeakMap<readonly RecordSite[], OwnerIndex>();

/** The owner index of a record list, built once per validation run (the list is its key). */
export function recordsByOwner(records: readonly RecordSite[]): OwnerIndex {
  let index = byOwnerMemo.get(records);
  if (!index) {
    index = new OwnerIndex(records);
    byOwnerMemo.set(records, index);
  }
  return index;
}

const soaMemo = new WeakMap<readonly RecordSite[], readonly RecordSite[]>();

/** The SOA records of a list, in order: one pass per list (the list is its key). */
export function soaRecords(records: readonly RecordSite[]): readonly RecordSite[] {
  let soas = soaMemo.get(records);
  if (!soas) {
    const found: RecordSite[] = [];
    for (let i = 0; i < records.length; i++) if (records[i]!.type === 'SOA') found.push(records[i]!);
    soaMemo.set(records, (soas = found));
  }
  return soas;
}

/**
 * The first SOA record written in this document (not an included file), or undefined. A zone
 * file's `zoneOrigin` is the owner of its first SOA when it has one, so there the SOA is the
 * first of this document's SOA records at the origin: one tracked lookup (`recordsAt`), after
 * which the editor re-runs the check when the records at the origin change (a change of the
 * origin itself re-validates the whole document). Other hosts take their origin from their own
 * settings, so their records are scanned instead (`allRecords`, once per run).
 */
export function documentSoa(context: RuleContext): RecordSite | undefined {
  const document = context.document;
  if (document.host !== 'zone-file') return soaRecords(context.allRecords).find((r) => r.uri === document.uri);
  const origin = document.zoneOrigin;
  if (origin === undefined) return undefined;
  for (const r of context.recordsAt(origin)) if (r.type === 'SOA' && r.uri === document.uri) return r;
  return undefined;
}

/**
 * The first SOA record of the zone: this document's first, else the first of its included files
 * (which come after this document's records in `allRecords`). Included files change only with a
 * fresh parse of the document, which re-validates it whole.
 */
export function zoneSoa(context: RuleContext): RecordSite | undefined {
  return documentSoa(context) ?? soaRecords(context.document.includedRecords)[0];
}

/** Where to report on a record as a whole: its owner as written, else its type token. */
export function ownerOrTypeRange(record: RecordSite): { start: number; end: number } {
  return record.ownerRange ?? record.typeRange;
}
