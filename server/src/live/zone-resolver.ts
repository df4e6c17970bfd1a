/**
 * An in-memory resolver that answers from zone data: the records of parsed zone documents
 * (through the language service) or entries given directly. Offline SPF evaluation against the
 * zone being edited, and tests. Names are absolute; a name with no records is NXDOMAIN unless
 * a name below it exists (an empty non-terminal: NODATA, RFC 8020 §2); CNAMEs are followed
 * within the data (RFC 1034 §3.6.2) and reported in `cnames`. An entry may also make every
 * query for a name time out or fail, to test how evaluators handle it.
 */
import { allRecordsOf, type ParsedDocument, type RecordSite } from '../service';
import { absoluteName } from '../service/records/names';
import type { Answer, AnswerData, AnswerRecord, QueryOptions, QueryType, Resolver } from './resolver';
import { CANCELLED, normalizeName } from './resolvers/answers';

/** One record or one fault at a name. */
export type ZoneEntry =
  | { readonly name: string; readonly ttl?: number; readonly data: AnswerData }
  | { readonly name: string; readonly fault: 'timeout' | 'servfail' };

interface Node {
  readonly records: AnswerRecord[];
  fault?: 'timeout' | 'servfail';
}

/** Longest CNAME chain followed. */
const MAX_CHAIN = 16;

export class ZoneResolver implements Resolver {
  private readonly nodes = new Map<string, Node>();
  /** Names that exist only because a name below them does (empty non-terminals). */
  private readonly ancestors = new Set<string>();

  constructor(entries: Iterable<ZoneEntry>) {
    for (const e of entries) this.add(e);
  }

  /** Adds one record or fault. */
  add(entry: ZoneEntry): void {
    const name = normalizeName(entry.name);
    let node = this.nodes.get(name);
    if (!node) {
      node = { records: [] };
      this.nodes.set(name, node);
      const labels = name.split('.');
      for (let i = 1; i < labels.length; i++) this.ancestors.add(labels.slice(i).join('.'));
    }
    if ('fault' in entry) node.fault ??= entry.fault;
    else node.records.push({ name, ttl: entry.ttl ?? 0, data: entry.data });
  }

  async query(name: string, type: QueryType, options: QueryOptions = {}): Promise<Answer> {
    return this.answer(name, type, options);
  }

  /** The answer without waiting (the same value `query` resolves with). */
  answer(name: string, type: QueryType, options: QueryOptions = {}): Answer {
    if (options.signal?.aborted) return CANCELLED;
    const cnames: { from: string; to: string }[] = [];
    let current = normalizeName(name);
    for (;;) {
      const node = this.nodes.get(current);
      if (node?.fault === 'timeout') return { kind: 'timeout' };
      if (node?.fault === 'servfail') return { kind: 'servfail' };
      if (!node) {
        if (this.ancestors.has(current)) return { kind: 'nodata' };
        return { kind: 'nxdomain' };
      }
      const matching = node.records.filter((r) => r.data.type === type);
      if (matching.length > 0) return { kind: 'records', records: matching, cnames };
      const cname = type === 'CNAME' ? undefined : node.records.find((r) => r.data.type === 'CNAME');
      if (!cname || cname.data.type !== 'CNAME') return { kind: 'nodata' };
      const to = cname.data.target;
      if (cnames.length >= MAX_CHAIN || cnames.some((c) => c.from === to)) return { kind: 'servfail' };
      cnames.push({ from: current, to });
      current = to;
    }
  }

  /** A resolver over the records of parsed zone documents (their `$INCLUDE`d records too). */
  static fromDocuments(documents: readonly ParsedDocument[]): ZoneResolver {
    const entries: ZoneEntry[] = [];
    for (const doc of documents) {
      for (const record of allRecordsOf(doc)) {
        const data = answerDataOf(record);
        if (data) entries.push({ name: record.owner, ttl: record.ttl ?? 0, data });
      }
    }
    return new ZoneResolver(entries);
  }
}

function nameField(text: string | undefined, origin: string): string | undefined {
  if (text === undefined) return undefined;
  return normalizeName(absoluteName(text, origin));
}

function num(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d{1,10}$/.test(text)) return undefined;
  return Number(text);
}

function hexBytes(text: string): Uint8Array | undefined {
  if (!/^(?:[0-9a-fA-F]{2})*$/.test(text)) return undefined;
  return Uint8Array.from(Buffer.from(text, 'hex'));
}

/** The answer data a zone-file record serves, or undefined for types or RDATA we cannot read. */
export function answerDataOf(record: RecordSite): AnswerData | undefined {
  if (record.rrClass !== 'IN' || record.generic) return undefined;
  const tokens = record.rdata;
  const raw = (i: number) => tokens[i]?.raw;
  const rest = (from: number) => tokens.slice(from).map((t) => (t.quoted ? t.cs.value : t.raw)).join('');
  switch (record.type) {
    case 'A':
    case 'AAAA': {
      const address = raw(0);
      return address ? { type: record.type, address: address.toLowerCase() } : undefined;
    }
    case 'MX': {
      const preference = num(raw(0));
      const exchange = nameField(raw(1), record.origin);
      return preference !== undefined && exchange ? { type: 'MX', preference, exchange } : undefined;
    }
    case 'TXT':
      return { type: 'TXT', strings: tokens.map((t) => t.cs.value) };
    case 'CNAME':
    case 'NS':
    case 'PTR': {
      const target = nameField(raw(0), record.origin);
      return target ? { type: record.type, target } : undefined;
    }
    case 'TLSA': {
      const usage = num(raw(0));
      const selector = num(raw(1));
      const matchingType = num(raw(2));
      const data = hexBytes(rest(3));
      return usage !== undefined && selector !== undefined && matchingType !== undefined && data ? { type: 'TLSA', usage, selector, matchingType, data } : undefined;
    }
    case 'SOA': {
      const mname = nameField(raw(0), record.origin);
      const rname = nameField(raw(1), record.origin);
      const serial = num(raw(2));
      return mname && rname && serial !== undefined ? { type: 'SOA', mname, rname, serial } : undefined;
    }
    case 'CAA': {
      const flags = num(raw(0));
      const tag = raw(1);
      const value = tokens[2]?.cs.value;
      return flags !== undefined && tag && value !== undefined ? { type: 'CAA', flags, tag, value } : undefined;
    }
    case 'DS': {
      const keyTag = num(raw(0));
      const algorithm = num(raw(1));
      const digestType = num(raw(2));
      const digest = hexBytes(rest(3));
      if (keyTag === undefined || algorithm === undefined || digestType === undefined || !digest) return undefined;
      return { type: 'DS', raw: Uint8Array.from([keyTag >> 8, keyTag & 0xff, algorithm, digestType, ...digest]) };
    }
    default:
      return undefined;
  }
}
