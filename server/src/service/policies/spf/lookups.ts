/**
 * Offline SPF lookup counting (RFC 7208 §4.6.4): the DNS-querying terms `include a mx ptr exists`
 * and `redirect`, counted through every include and redirect whose target has its SPF record in
 * the records at hand (this document, its `$INCLUDE`d files, other open zones). Targets that are
 * not at hand, or that use macros, make the count a lower bound. Include loops are found on the way.
 */
import type { RecordSite, RecordValue } from '../../model';
import type { RuleContext } from '../../rules/define-rule';
import { cached } from '../cache';
import { contentKind } from '../kinds';
import { recordsByOwner } from '../../zone-rules/record-index';
import { parseSpf, shapeOf, targetName, type Mechanism, type Modifier, type SpfRecord } from './parse';

export const LOOKUP_LIMIT = 10;

/** The records at a name (absolute, lower case) in some records, in order; empty when none. */
export type RecordsAt = (name: string) => readonly RecordSite[];

const NO_RECORDS: readonly RecordSite[] = [];

/** A lookup that finds nothing (no other zones to follow names into). */
export const NOWHERE: RecordsAt = () => NO_RECORDS;

/**
 * Lookups in a record list, through its shared owner index (for callers outside validation,
 * such as hover, that hold a list rather than a rule context). A fresh function per call: the
 * per-run memo of `findSpf` lives as long as it does.
 */
export function lookupIn(records: readonly RecordSite[]): RecordsAt {
  if (records.length === 0) return NOWHERE;
  return (name) => recordsByOwner(records).get(name) ?? NO_RECORDS;
}

/** True when `name` has a record of `type`. */
export function hasType(at: RecordsAt, name: string, type: string): boolean {
  return at(name).some((r) => r.type === type);
}

/** Where SPF targets are looked up. */
export interface LookupScope {
  /** This document and its included files. */
  readonly local: RecordsAt;
  /** Other open zones. */
  readonly related: RecordsAt;
}

const ruleScopes = new WeakMap<RuleContext, LookupScope>();

/**
 * The lookup scope of a rule's checks: `context.recordsAt` (so the editor re-runs a check when
 * the records at a name it followed change) and `context.relatedRecordsAt`. One per context, so
 * one per rule and validation run, shared by all the records of the run: `findSpf` memoises the
 * targets it parses on its functions.
 */
export function ruleScope(context: RuleContext): LookupScope {
  let scope = ruleScopes.get(context);
  if (!scope) {
    scope = { local: (name) => context.recordsAt(name), related: (name) => context.relatedRecordsAt(name) };
    ruleScopes.set(context, scope);
  }
  return scope;
}

/** The SPF policies found per name, per lookup function (so per validation run). */
const targetMemo = new WeakMap<RecordsAt, Map<string, SpfRecord | 'multiple' | null>>();

/** One DNS-querying term of a record and what it costs. */
export interface LookupItem {
  /** The term as written (`include:_spf.example.com`). */
  readonly term: string;
  readonly start: number;
  readonly end: number;
  /** Lookups it costs: 1 plus the target's own count for include and redirect. */
  readonly cost: number;
  /** For include/redirect: whether the target's record was found (and counted). */
  readonly resolved?: boolean;
  /** For include/redirect whose target was not found: why (`not in the open zones`, `uses macros`). */
  readonly unresolvedWhy?: string;
  /** Include/redirect that leads back to a record on the current path. */
  readonly loop?: readonly string[];
}

export interface LookupCount {
  /** Lookups counted (a lower bound when `complete` is false). */
  readonly total: number;
  /** False when some include or redirect target could not be followed. */
  readonly complete: boolean;
  readonly items: readonly LookupItem[];
  /** Targets not followed, with the reason. */
  readonly unresolved: readonly string[];
  /** The loop found, as the chain of owner names, if any. */
  readonly loop?: readonly string[];
}

/**
 * The SPF policy a target name has in scope, `multiple` when it has several, or undefined.
 * Each name is parsed once per lookup function (per rule and validation run for `ruleScope`);
 * the name is looked up every time all the same, since the editor tracks the names each
 * record's checks look up.
 */
export function findSpf(name: string, scope: LookupScope): SpfRecord | 'multiple' | undefined {
  for (const at of [scope.local, scope.related]) {
    const records = at(name);
    if (records.length === 0) continue;
    let memo = targetMemo.get(at);
    if (!memo) targetMemo.set(at, (memo = new Map()));
    let found = memo.get(name);
    if (found === undefined) {
      let first: RecordValue | undefined;
      let count = 0;
      for (const r of records) {
        if (r.type !== 'TXT') continue;
        const value = r.value;
        if (value === undefined || contentKind(value.text) !== 'spf') continue;
        first ??= value;
        count++;
      }
      // One policy: the per-value parse that `spfOf` shares.
      const value = first;
      found = value === undefined ? null : count > 1 ? 'multiple' : cached('spf', value, () => parseSpf(value.text));
      memo.set(name, found);
    }
    if (found !== null) return found;
  }
  return undefined;
}

const QUERYING: ReadonlySet<string> = new Set(['include', 'a', 'mx', 'ptr', 'exists']);

/** The mechanisms a receiver may evaluate (up to the first `all`) and the redirect that applies. */
export function evaluatedTerms(spf: SpfRecord): { mechanisms: Mechanism[]; redirect?: Modifier } {
  const mechanisms: Mechanism[] = [];
  for (const t of spf.terms) {
    if (t.type !== 'mechanism') continue;
    mechanisms.push(t);
    if (t.name === 'all') break;
  }
  const shape = shapeOf(spf);
  const redirect = shape.all ? undefined : shape.redirects[0];
  return { mechanisms, ...(redirect ? { redirect } : {}) };
}

interface Walk {
  readonly scope: LookupScope;
  readonly memo: Map<string, LookupCount>;
}

function countRecord(spf: SpfRecord, walk: Walk, path: readonly string[]): LookupCount {
  const items: LookupItem[] = [];
  const unresolved: string[] = [];
  let total = 0;
  let complete = true;
  let loop: readonly string[] | undefined;
  const { mechanisms, redirect } = evaluatedTerms(spf);
  const follow = (term: Mechanism | Modifier, spec: Mechanism['domain']): void => {
    const target = targetName(spec);
    if (!target) {
      complete = false;
      const why = spec && spec.macros.length > 0 ? 'uses macros' : 'has no valid target';
      unresolved.push(`${term.text} (${why})`);
      items.push({ term: term.text, start: term.start, end: term.end, cost: 1, resolved: false, unresolvedWhy: why });
      total += 1;
      return;
    }
    if (path.includes(target)) {
      const chain = [...path.slice(path.indexOf(target)), target];
      loop ??= chain;
      items.push({ term: term.text, start: term.start, end: term.end, cost: 1, resolved: true, loop: chain });
      total += 1;
      return;
    }
    const sub = countTarget(target, walk, [...path, target]);
    if (!sub) {
      complete = false;
      unresolved.push(target.slice(0, -1));
      items.push({ term: term.text, start: term.start, end: term.end, cost: 1, resolved: false, unresolvedWhy: 'not in the open zones' });
      total += 1;
      return;
    }
    if (!sub.complete) {
      complete = false;
      unresolved.push(...sub.unresolved);
    }
    if (sub.loop) loop ??= sub.loop;
    items.push({ term: term.text, start: term.start, end: term.end, cost: 1 + sub.total, resolved: true, ...(sub.loop ? { loop: sub.loop } : {}) });
    total += 1 + sub.total;
  };
  for (const m of mechanisms) {
    if (!QUERYING.has(m.name)) continue;
    if (m.name === 'include') follow(m, m.domain);
    else {
      items.push({ term: m.text, start: m.start, end: m.end, cost: 1 });
      total += 1;
    }
  }
  if (redirect) follow(redirect, redirect.value);
  return { total, complete, items, unresolved, ...(loop ? { loop } : {}) };
}

function countTarget(target: string, walk: Walk, path: readonly string[]): LookupCount | undefined {
  const memo = walk.memo.get(target);
  if (memo) return memo;
  // Deep chains are over the limit long before this depth; stop so that nothing runs away.
  if (path.length > 12) return { total: LOOKUP_LIMIT + 1, complete: false, items: [], unresolved: [`${target.slice(0, -1)} (nested too deep)`] };
  const spf = findSpf(target, walk.scope);
  if (!spf || spf === 'multiple') return undefined;
  const result = countRecord(spf, walk, path);
  if (!result.loop) walk.memo.set(target, result);
  return result;
}

/** Counts the DNS lookups of `record`'s SPF policy, following targets in `scope`. */
export function countLookups(record: RecordSite, spf: SpfRecord, scope: LookupScope): LookupCount {
  return countRecord(spf, { scope, memo: new Map() }, [record.owner]);
}

/** A short breakdown: `include:_spf.example.net 4, mx 1, a 1`. */
export function breakdown(count: LookupCount): string {
  return count.items.map((i) => `\`${i.term}\` ${i.cost}${i.resolved === false ? '+' : ''}`).join(', ');
}

/** True when `name` is the zone origin or below it. */
export function inZone(name: string, origin: string | undefined): boolean {
  if (!origin || origin === '.') return false;
  return name === origin || name.endsWith(`.${origin}`);
}
