/**
 * Drift check: the records of a document against live DNS. For each name and type the document
 * holds (types live DNS can be asked for), each record is `match`, `differs` (live DNS has
 * records of that name and type, but not this one) or `missing` (none at all), and live records
 * the document lacks are `extra` (when no record of that name and type differs). SOA is compared without its serial-bound fields; records are
 * read with the zone resolver's reader, so both sides have one canonical form.
 */
import { isIP } from 'node:net';
import type { OffsetRange, ParsedDocument } from '../service';
import type { Answer, AnswerData, QueryType, Resolver } from './resolver';
import { answerDataOf } from './zone-resolver';

export type CompareStatus = 'match' | 'differs' | 'missing' | 'unknown';

export interface ComparedRecord {
  readonly name: string;
  readonly type: QueryType;
  /** Where the record is written in the document. */
  readonly range: OffsetRange;
  readonly status: CompareStatus;
  /** The record's data in presentation form. */
  readonly value: string;
  /** What live DNS has at the name and type (presentation form), or why it could not say. */
  readonly live: readonly string[];
  readonly note?: string;
}

export interface ExtraRecord {
  readonly name: string;
  readonly type: QueryType;
  readonly value: string;
}

export interface Comparison {
  readonly records: readonly ComparedRecord[];
  readonly extra: readonly ExtraRecord[];
}

const COMPARED: ReadonlySet<string> = new Set(['A', 'AAAA', 'MX', 'TXT', 'CNAME', 'NS', 'PTR', 'TLSA', 'CAA', 'SOA', 'DS']);

function canonicalAddress(address: string): string {
  if (isIP(address) !== 6) return address;
  try {
    return new URL(`http://[${address}]/`).hostname.slice(1, -1);
  } catch {
    return address.toLowerCase();
  }
}

const hex = (data: Uint8Array) => Buffer.from(data).toString('hex');

/** Presentation form of answer data (TXT as quoted strings), for comparison and display. */
export function presentation(data: AnswerData): string {
  switch (data.type) {
    case 'A':
    case 'AAAA':
      return canonicalAddress(data.address);
    case 'MX':
      return `${data.preference} ${data.exchange}.`;
    case 'TXT':
      return data.strings.map((s) => JSON.stringify(s)).join(' ');
    case 'CNAME':
    case 'NS':
    case 'PTR':
      return `${data.target}.`;
    case 'TLSA':
      return `${data.usage} ${data.selector} ${data.matchingType} ${hex(data.data)}`;
    case 'SOA':
      return `${data.mname}. ${data.rname}.`;
    case 'CAA':
      return `${data.flags} ${data.tag} ${JSON.stringify(data.value)}`;
    case 'DS':
    case 'DNSKEY':
      return hex(data.raw);
  }
}

/** The comparison key: TXT compares the joined text (how strings are split does not matter to receivers). */
function key(data: AnswerData): string {
  return data.type === 'TXT' ? `TXT ${data.strings.join('')}` : `${data.type} ${presentation(data).toLowerCase()}`;
}

function failure(answer: Answer): string | undefined {
  if (answer.kind === 'timeout') return 'the query timed out';
  if (answer.kind === 'servfail') return 'the query answered SERVFAIL';
  if (answer.kind === 'error') return `the query failed (${answer.message})`;
  return undefined;
}

export async function compareDocument(document: ParsedDocument, resolver: Resolver, signal?: AbortSignal): Promise<Comparison> {
  const groups = new Map<string, { name: string; type: QueryType; sites: { data: AnswerData; range: OffsetRange }[] }>();
  for (const site of document.records) {
    if (!COMPARED.has(site.type)) continue;
    const data = answerDataOf(site);
    if (!data) continue;
    const name = site.owner.replace(/\.$/, '') || '.';
    const id = `${name} ${site.type}`;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { name, type: site.type as QueryType, sites: [] }));
    group.sites.push({ data, range: site.range });
  }
  const records: ComparedRecord[] = [];
  const extra: ExtraRecord[] = [];
  for (const group of groups.values()) {
    const answer = await resolver.query(group.name, group.type, signal ? { signal } : {});
    const failed = failure(answer);
    // Only records of the asked type count (a CNAME followed on the way is not the record).
    const live = answer.kind === 'records' ? answer.records.filter((r) => r.data.type === group.type && r.name === group.name).map((r) => r.data) : [];
    const liveKeys = new Set(live.map(key));
    const shown = live.map(presentation);
    for (const site of group.sites) {
      const value = presentation(site.data);
      const status: CompareStatus = failed ? 'unknown' : liveKeys.has(key(site.data)) ? 'match' : live.length > 0 ? 'differs' : 'missing';
      records.push({ name: group.name, type: group.type, range: site.range, status, value, live: failed ? [] : shown, ...(failed ? { note: failed } : {}) });
    }
    // A record that differs already names the live values; they are not listed again as extra.
    if (failed || records.some((r) => r.name === group.name && r.type === group.type && r.status === 'differs')) continue;
    const mine = new Set(group.sites.map((s) => key(s.data)));
    for (const data of live) if (!mine.has(key(data))) extra.push({ name: group.name, type: group.type, value: presentation(data) });
  }
  records.sort((a, b) => a.range.start - b.range.start);
  return { records, extra };
}
