/**
 * The records of a document (and of its included files) by owner name, kept up to date record
 * by record as the document is edited: the incremental validation's answer to "which records are
 * at this name". Groups are in document order, this document's records before included ones.
 */
import type { RecordSite } from '../model';

/** Owner lookups as rules see them (the owner index of a full run, or an `OwnerMap`). */
export interface RecordLookup {
  get(owner: string): readonly RecordSite[] | undefined;
  /** Every group of two or more records. */
  sharedOwners(): Iterable<readonly RecordSite[]>;
}

export class OwnerMap implements RecordLookup {
  private readonly groups = new Map<string, readonly RecordSite[]>();

  constructor(records: readonly RecordSite[], included: readonly RecordSite[]) {
    const groups = new Map<string, RecordSite[]>();
    for (const list of [records, included]) {
      for (let i = 0; i < list.length; i++) {
        const r = list[i]!;
        const group = groups.get(r.owner);
        if (group) group.push(r);
        else groups.set(r.owner, [r]);
      }
    }
    for (const [owner, group] of groups) this.groups.set(owner, group);
  }

  get(owner: string): readonly RecordSite[] | undefined {
    return this.groups.get(owner);
  }

  *sharedOwners(): IterableIterator<readonly RecordSite[]> {
    for (const group of this.groups.values()) if (group.length > 1) yield group;
  }

  /**
   * Adds a record of the document at its place. Groups are replaced, never changed, so a group
   * handed out before stays as it was.
   */
  add(record: RecordSite): void {
    const group = this.groups.get(record.owner);
    if (!group) {
      this.groups.set(record.owner, [record]);
      return;
    }
    const start = record.range.start;
    let at = 0;
    while (at < group.length && group[at]!.uri === record.uri && group[at]!.range.start < start) at++;
    this.groups.set(record.owner, [...group.slice(0, at), record, ...group.slice(at)]);
  }

  remove(record: RecordSite): void {
    const group = this.groups.get(record.owner);
    if (!group) return;
    const rest = group.filter((r) => r !== record);
    if (rest.length === 0) this.groups.delete(record.owner);
    else this.groups.set(record.owner, rest);
  }
}
