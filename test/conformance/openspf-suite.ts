/**
 * The OpenSPF RFC 7208 suite (`../shared/data/spf/rfc7208-tests.yml`, read as latin-1 so that
 * `\xNN` escapes are bytes): its scenarios and cases, and a resolver over a scenario's
 * `zonedata` that behaves like the suite's own driver: `SPF` entries are served as TXT unless
 * the name has TXT entries of its own (`TXT: NONE` means none); a `TIMEOUT` entry makes every
 * query for a type not listed before it time out; a name that is not listed is NXDOMAIN;
 * CNAMEs are followed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { Answer, AnswerData, AnswerRecord, QueryType, Resolver } from '../../server/src/live/resolver';
import { SHARED_DATA } from '../support/paths';

export const SUITE_FILE = path.join(SHARED_DATA, 'spf', 'rfc7208-tests.yml');

export interface SuiteCase {
  readonly scenario: string;
  readonly name: string;
  readonly host: string;
  readonly mailfrom: string;
  readonly helo: string;
  /** Acceptable results. */
  readonly results: readonly string[];
  readonly explanation?: string;
}

export type ZoneData = Record<string, readonly unknown[]>;

export interface Scenario {
  readonly description: string;
  readonly cases: readonly SuiteCase[];
  readonly zonedata: ZoneData;
}

export function loadSuite(): Scenario[] {
  const text = fs.readFileSync(SUITE_FILE, 'latin1');
  const out: Scenario[] = [];
  for (const doc of parseAllDocuments(text)) {
    const data = doc.toJS() as { description: string; tests: Record<string, Record<string, unknown>>; zonedata?: ZoneData } | null;
    if (!data) continue;
    const cases: SuiteCase[] = Object.entries(data.tests).map(([name, t]) => ({
      scenario: data.description,
      name,
      host: String(t.host),
      mailfrom: String(t.mailfrom ?? ''),
      helo: String(t.helo ?? ''),
      results: Array.isArray(t.result) ? t.result.map(String) : [String(t.result)],
      ...(t.explanation !== undefined ? { explanation: String(t.explanation) } : {}),
    }));
    out.push({ description: data.description, cases, zonedata: data.zonedata ?? {} });
  }
  return out;
}

type Entry = { readonly type: string; readonly value: unknown } | 'TIMEOUT';

function lower(name: string): string {
  const n = name.toLowerCase();
  return n.endsWith('.') ? n.slice(0, -1) : n;
}

/** The records of a scenario's zonedata in order, SPF entries copied to TXT where the suite does. */
export function suiteEntries(zonedata: ZoneData): Map<string, Entry[]> {
  const map = new Map<string, Entry[]>();
  for (const [name, list] of Object.entries(zonedata)) {
    const entries: Entry[] = [];
    let hasTxt = false;
    const spf: unknown[] = [];
    for (const item of list) {
      if (item === 'TIMEOUT') {
        entries.push('TIMEOUT');
        continue;
      }
      if (typeof item !== 'object' || item === null) continue;
      for (const [type, value] of Object.entries(item as Record<string, unknown>)) {
        if (type === 'TXT') hasTxt = true;
        if (type === 'SPF') spf.push(value);
        if (value === 'NONE') continue;
        entries.push({ type, value });
      }
    }
    if (!hasTxt) for (const value of spf) entries.push({ type: 'TXT', value });
    map.set(lower(name), [...(map.get(lower(name)) ?? []), ...entries]);
  }
  return map;
}

export function answerData(type: string, value: unknown): AnswerData | undefined {
  switch (type) {
    case 'TXT':
      return { type: 'TXT', strings: Array.isArray(value) ? value.map(String) : [String(value)] };
    case 'A':
    case 'AAAA':
      return { type, address: String(value).toLowerCase() };
    case 'MX': {
      const [preference, exchange] = value as [number, string];
      return { type: 'MX', preference: Number(preference), exchange: lower(String(exchange)) };
    }
    case 'PTR':
    case 'CNAME':
      return { type, target: lower(String(value)) };
    default:
      return undefined;
  }
}

export class SuiteResolver implements Resolver {
  private readonly entries: Map<string, Entry[]>;
  /** Every query asked, in order (`name TYPE`). */
  readonly asked: string[] = [];

  constructor(zonedata: ZoneData) {
    this.entries = suiteEntries(zonedata);
  }

  async query(name: string, type: QueryType): Promise<Answer> {
    this.asked.push(`${lower(name)} ${type}`);
    const cnames: { from: string; to: string }[] = [];
    let current = lower(name);
    for (let hop = 0; hop < 10; hop++) {
      const list = this.entries.get(current);
      if (!list) return { kind: 'nxdomain' };
      const records: AnswerRecord[] = [];
      let seen = false;
      for (const e of list) {
        if (e === 'TIMEOUT') {
          if (!seen) return { kind: 'timeout' };
          break;
        }
        if (e.type !== type) continue;
        seen = true;
        const data = answerData(e.type, e.value);
        if (data) records.push({ name: current, ttl: 300, data });
      }
      if (records.length > 0) return { kind: 'records', records, cnames };
      const cname = type === 'CNAME' ? undefined : list.find((e): e is { type: string; value: unknown } => e !== 'TIMEOUT' && e.type === 'CNAME');
      if (!cname) return { kind: 'nodata' };
      const to = lower(String(cname.value));
      cnames.push({ from: current, to });
      current = to;
    }
    return { kind: 'servfail' };
  }
}
