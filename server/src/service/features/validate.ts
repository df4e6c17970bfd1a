/**
 * Runs every rule over a parsed document: parser problems, record rules (dispatched by type and
 * policy kind), owner rules (per owner name with two or more records) and document rules.
 * Applies the `zonemail.rules` severities and in-file suppression comments. A rule that throws
 * is logged once and skipped; the others still report.
 *
 * `validateIncremental` does the same for an edited document (one the zone-file host re-parsed
 * from its previous version, see `DocumentChange`): it keeps what each record's and each owner's
 * rules reported and which names they looked up, and re-runs only the records that changed, the
 * owners whose records changed, and the checks that looked those owners up.
 */
import { allRecordsOf, type DocumentChange, type OffsetRange, type ParsedDocument, type Problem, type RecordSite } from '../model';
import type { OwnerRule, RecordRule, Report, Rule, RuleContext } from '../rules/define-rule';
import { effectiveSeverity, type RuleSettings } from '../rules/severity';
import { RULES, ruleByCode, recordRulesByType } from '../rules/registry';
import { recordsByOwner } from '../zone-rules/record-index';
import { SOURCE, ruleDocHref, type ServiceDiagnostic } from './diagnostic';
import { classify, type PolicyKind } from '../policies/kinds';
import { OwnerMap, type RecordLookup } from './owner-map';
import { shiftDiagnostic } from './shift';
import { detach } from '../text/detach';

export interface ValidationOptions {
  readonly rules?: RuleSettings;
  /** Other documents open in the editor, whose records rules may follow names into. */
  readonly related?: readonly ParsedDocument[];
  /** Called once per rule that throws, with the rule code and the error. */
  readonly onRuleError?: (code: string, error: unknown) => void;
  /** The record and document rules to run instead of the registry's (tests of failing rules). */
  readonly registry?: readonly Rule[];
}

const NO_RECORDS: readonly RecordSite[] = [];

/** The record rules of `registry` that look at records of `type`. */
function ownRecordRules(registry: readonly Rule[], type: string): RecordRule[] {
  return registry.filter((r): r is RecordRule => r.scope === 'record' && (!r.types || r.types.includes(type)));
}

function isSuppressed(code: string, record: RecordSite | undefined): boolean {
  const s = record?.suppressed;
  return !!s && (s.has(code) || s.has('*'));
}

/** The range held inside the document (a parser may point just past the end at end of file). */
function clamp(range: OffsetRange, length: number): OffsetRange {
  const start = Math.min(Math.max(0, range.start), length);
  const end = Math.min(Math.max(start, range.end), length);
  return start === range.start && end === range.end ? range : { start, end };
}

/** True when the range touches text whose content is unknown (an interpolation). */
function touchesOpaque(range: OffsetRange, record: RecordSite | undefined): boolean {
  const opaque = record?.opaque;
  if (!opaque) return false;
  return opaque.some((o) => range.start < o.end && o.start < range.end);
}

/** What the checks of one record, or of one owner, reported and which names they looked up. */
interface UnitResult {
  diagnostics: ServiceDiagnostic[];
  lookups?: Set<string>;
  /** True when a check read every record (`allRecords`): it runs again after every edit. */
  global?: boolean;
}

/** A copy of a diagnostic whose strings share no memory with the document text. */
function detachDiagnostic(d: ServiceDiagnostic): ServiceDiagnostic {
  const fixes = d.fixes?.map((f) => ({ ...f, title: detach(f.title), edits: f.edits.map((e) => ({ ...e, newText: detach(e.newText) })) }));
  return { ...d, message: detach(d.message), ...(fixes ? { fixes } : {}) };
}

/** The result of a unit that reported nothing and looked nothing up (never remembered). */
const NOTHING: UnitResult = Object.freeze({ diagnostics: Object.freeze([]) as unknown as ServiceDiagnostic[] });

/** Names looked up while one unit runs (only while tracking). */
interface Tracker {
  lookups: Set<string> | undefined;
  global: boolean;
}

const RELATED_INDEXES = new WeakMap<ParsedDocument, RecordLookup>();

/** The owner index of another open document, made once per version of it. */
function relatedIndex(document: ParsedDocument): RecordLookup {
  let index = RELATED_INDEXES.get(document);
  if (!index) {
    index = recordsByOwner(allRecordsOf(document));
    RELATED_INDEXES.set(document, index);
  }
  return index;
}

/**
 * What the checks of a document read from the other open documents: the names they looked up
 * there, or everything (`relatedRecords`). Names are only added (a superset is safe).
 */
export interface RelatedReads {
  readonly names: Set<string>;
  all: boolean;
}

/** One validation run: the rules that are on, their contexts, and where reports go. */
class Run {
  private related: RecordSite[] | undefined;
  private readonly actives = new Map<Rule, Active | undefined>();
  /** Per record type: the rules of records of no policy kind, and per kind (no key strings made per record). */
  private readonly byType = new Map<string, { plain?: ActiveOf<RecordRule>[]; kinds?: Map<PolicyKind, ActiveOf<RecordRule>[]> }>();
  private ownerRules: ActiveOf<OwnerRule>[] | undefined;
  /** Where reports go now. */
  sink: ServiceDiagnostic[] = [];
  /** Set while a record's or an owner's checks run in an incremental validation. */
  tracker: Tracker | undefined;
  /** In an incremental validation: what the checks read from the other open documents. */
  relatedReads: RelatedReads | undefined;

  constructor(
    readonly document: ParsedDocument,
    private readonly options: ValidationOptions,
    readonly lookup: RecordLookup,
    private readonly allRecords: readonly RecordSite[] = allRecordsOf(document),
  ) {}

  emit(rule: Rule, report: Report | Problem): void {
    const severity = effectiveSeverity(rule.code, rule.severity, this.options.rules);
    if (severity === 'off' || isSuppressed(rule.code, report.record) || touchesOpaque(report.range, report.record)) return;
    if (report.record && report.record.uri !== this.document.uri) return;
    this.sink.push({
      range: clamp(report.range, this.document.text.length),
      severity,
      code: rule.code,
      message: report.message,
      source: SOURCE,
      href: rule.reference?.href ?? ruleDocHref(rule.code),
      ...(report.fixes && report.fixes.length > 0 ? { fixes: report.fixes } : {}),
    });
  }

  problems(): void {
    for (const problem of this.document.problems) {
      const rule = ruleByCode(problem.code);
      if (!rule) {
        this.options.onRuleError?.(problem.code, new Error(`parser reported unregistered code ${problem.code}`));
        continue;
      }
      this.emit(rule, problem);
    }
  }

  private relatedRecords(): RecordSite[] {
    const uri = this.document.uri;
    return (this.related ??= (this.options.related ?? []).filter((d) => d.uri !== uri).flatMap((d) => [...d.records, ...d.includedRecords]));
  }

  /** Records at `owner` in the other documents, in their order (each indexed once, not per run). */
  private relatedRecordsAt(owner: string): readonly RecordSite[] {
    if (this.relatedReads && !this.relatedReads.names.has(owner)) this.relatedReads.names.add(detach(owner));
    let found: RecordSite[] | undefined;
    const uri = this.document.uri;
    for (const other of this.options.related ?? []) {
      if (other.uri === uri) continue;
      const here = relatedIndex(other).get(owner);
      if (here) (found ??= []).push(...here);
    }
    return found ?? NO_RECORDS;
  }

  private activeOf(rule: Rule): Active | undefined {
    if (this.actives.has(rule)) return this.actives.get(rule);
    const on = effectiveSeverity(rule.code, rule.severity, this.options.rules) !== 'off';
    const run = this;
    const context: RuleContext = {
      document: this.document,
      get allRecords() {
        if (run.tracker) run.tracker.global = true;
        return run.allRecords;
      },
      get relatedRecords() {
        if (run.relatedReads) run.relatedReads.all = true;
        return run.relatedRecords();
      },
      recordsAt(owner) {
        const tracker = run.tracker;
        if (tracker) (tracker.lookups ??= new Set()).add(owner);
        return run.lookup.get(owner) ?? NO_RECORDS;
      },
      relatedRecordsAt(owner) {
        return run.relatedRecordsAt(owner);
      },
      report: (r: Report) => this.emit(rule, r),
    };
    const active = on ? { rule, context, failed: false } : undefined;
    this.actives.set(rule, active);
    return active;
  }

  private fail(active: Active, error: unknown): void {
    active.failed = true;
    this.options.onRuleError?.(active.rule.code, error);
  }

  private registry(): readonly Rule[] {
    return this.options.registry ?? RULES;
  }

  /** The record rules that are on, by record type and policy kind, worked out once per run. */
  private recordRulesFor(type: string, kind: PolicyKind | undefined): ActiveOf<RecordRule>[] {
    let entry = this.byType.get(type);
    if (!entry) this.byType.set(type, (entry = {}));
    if (!kind) return (entry.plain ??= this.selectRecordRules(type, undefined));
    entry.kinds ??= new Map();
    let list = entry.kinds.get(kind);
    if (!list) entry.kinds.set(kind, (list = this.selectRecordRules(type, kind)));
    return list;
  }

  private selectRecordRules(type: string, kind: PolicyKind | undefined): ActiveOf<RecordRule>[] {
    const list: ActiveOf<RecordRule>[] = [];
    const registry = this.options.registry;
    for (const rule of registry ? ownRecordRules(registry, type) : recordRulesByType(type)) {
      if (rule.policy && (!kind || !rule.policy.includes(kind))) continue;
      const active = this.activeOf(rule);
      if (active) list.push(active as ActiveOf<RecordRule>);
    }
    return list;
  }

  /** Runs the record rules of one record. */
  record(record: RecordSite): void {
    const kind = record.value ? classify(record)?.kind : undefined;
    const rules = this.recordRulesFor(record.type, kind);
    for (let i = 0; i < rules.length; i++) {
      const active = rules[i]!;
      if (active.failed) continue;
      try {
        active.rule.check(record, active.context);
      } catch (error) {
        this.fail(active, error);
      }
    }
  }

  /** Runs the owner rules on the records of one owner (two or more). */
  owner(records: readonly RecordSite[]): void {
    if (!this.ownerRules) {
      this.ownerRules = [];
      for (const rule of this.registry()) {
        if (rule.scope !== 'owner') continue;
        const active = this.activeOf(rule);
        if (active) this.ownerRules.push(active as ActiveOf<OwnerRule>);
      }
    }
    for (const active of this.ownerRules) {
      if (active.failed) continue;
      try {
        active.rule.check(records, active.context);
      } catch (error) {
        this.fail(active, error);
      }
    }
  }

  /** Runs the document rules. */
  documentRules(): void {
    for (const rule of this.registry()) {
      if (rule.scope !== 'document') continue;
      const active = this.activeOf(rule);
      if (!active) continue;
      try {
        rule.check(this.document, active.context);
      } catch (error) {
        this.fail(active, error);
      }
    }
  }

  /** Runs `body` with reports going to a fresh unit, tracking the names it looks up. */
  unit(body: () => void): UnitResult {
    // Most units report nothing and look nothing up: they share the scratch sink and tracker.
    const diagnostics = this.scratch;
    const tracker = this.scratchTracker;
    diagnostics.length = 0;
    tracker.lookups = undefined;
    tracker.global = false;
    this.sink = diagnostics;
    this.tracker = tracker;
    try {
      body();
    } finally {
      this.tracker = undefined;
    }
    if (diagnostics.length === 0 && !tracker.lookups && !tracker.global) return NOTHING;
    return { diagnostics: diagnostics.slice(), ...(tracker.lookups ? { lookups: tracker.lookups } : {}), ...(tracker.global ? { global: true } : {}) };
  }

  private readonly scratch: ServiceDiagnostic[] = [];
  private readonly scratchTracker: Tracker = { lookups: undefined, global: false };
}

interface Active {
  readonly rule: Rule;
  readonly context: RuleContext;
  failed: boolean;
}
type ActiveOf<R extends Rule> = Active & { readonly rule: R };

export function validate(document: ParsedDocument, options: ValidationOptions = {}): ServiceDiagnostic[] {
  const allRecords = allRecordsOf(document);
  const run = new Run(document, options, recordsByOwner(allRecords), allRecords);
  const out: ServiceDiagnostic[] = [];
  run.sink = out;
  run.problems();
  if (document.skipped) return out;
  for (const record of document.records) run.record(record);
  for (const group of run.lookup.sharedOwners()) run.owner(group);
  run.documentRules();
  return out;
}

/**
 * What the checks of one kind of unit (records, or owners) found, kept between versions: per
 * unit its reports and the names it looked up, and the reverse index from names to units.
 */
class UnitTable<K> {
  private readonly results = new Map<K, UnitResult>();
  /** Units with reports (a few thousand at most): the ones whose reports move after an edit. */
  private readonly reported = new Map<K, ServiceDiagnostic[]>();
  private readonly globals = new Set<K>();
  private readonly lookingUp = new Map<string, Set<K>>();

  /**
   * Keeps what a unit found. `detachStrings` for a check re-run on a later version: kept across
   * versions, its strings must share no memory with that version's text (see detach.ts). A first
   * check needs no copies: the records parsed with it keep its text alive anyway.
   */
  remember(key: K, found: UnitResult, detachStrings: boolean): void {
    if (found.diagnostics.length === 0 && !found.lookups && !found.global) return;
    const result: UnitResult = detachStrings
      ? {
          diagnostics: found.diagnostics.map(detachDiagnostic),
          ...(found.lookups ? { lookups: new Set([...found.lookups].map(detach)) } : {}),
          ...(found.global ? { global: true } : {}),
        }
      : found;
    this.results.set(key, result);
    if (result.diagnostics.length > 0) this.reported.set(key, result.diagnostics);
    if (result.global) this.globals.add(key);
    if (result.lookups) {
      for (const name of result.lookups) {
        let set = this.lookingUp.get(name);
        if (!set) this.lookingUp.set(name, (set = new Set()));
        set.add(key);
      }
    }
  }

  forget(key: K): void {
    const result = this.results.get(key);
    if (!result) return;
    this.results.delete(key);
    this.reported.delete(key);
    this.globals.delete(key);
    if (result.lookups) {
      for (const name of result.lookups) {
        const set = this.lookingUp.get(name);
        if (!set) continue;
        set.delete(key);
        if (set.size === 0) this.lookingUp.delete(name);
      }
    }
  }

  /**
   * Moves the reports of units that stay with their text; `rerun` gets the units whose reports
   * touch the edited text and those that read every record.
   */
  move(change: DocumentChange, rerun: (key: K) => void): void {
    const delta = change.newEnd - change.oldEnd;
    for (const key of this.globals) rerun(key);
    for (const [key, list] of this.reported) {
      for (let i = 0; i < list.length; i++) {
        const moved = shiftDiagnostic(list[i]!, change.start, change.oldEnd, delta);
        if (moved === undefined) rerun(key);
        else list[i] = moved;
      }
    }
  }

  /** The units that looked `name` up. */
  lookingAt(name: string): Iterable<K> {
    return this.lookingUp.get(name) ?? [];
  }

  collect(out: ServiceDiagnostic[]): void {
    for (const list of this.reported.values()) for (const d of list) out.push(d);
  }
}

/**
 * What an incremental validation keeps between versions of one document: what every record's and
 * owner's checks reported, the names they looked up, and the owner map of the records. Owned by
 * one caller, and used up by the next call (the owner map is updated in place).
 */
export interface ValidationState {
  readonly document: ParsedDocument;
  readonly options: ValidationOptions;
  readonly lookup: OwnerMap;
  readonly records: UnitTable<RecordSite>;
  readonly owners: UnitTable<string>;
  /** What the checks read from the other open documents (to know when they need a re-check). */
  readonly relatedReads: RelatedReads;
}

/**
 * True when two validations ran with the same settings and the same other documents (by URI:
 * their versions may differ; `ValidationState.relatedReads` tells a caller when that matters).
 */
function sameOptions(a: ValidationOptions, b: ValidationOptions): boolean {
  if (a.rules !== b.rules || a.registry !== b.registry) return false;
  const ra = a.related ?? [];
  const rb = b.related ?? [];
  return ra.length === rb.length && ra.every((d, i) => d.uri === rb[i]!.uri);
}

function collect(run: Run, state: ValidationState): ServiceDiagnostic[] {
  const out: ServiceDiagnostic[] = [];
  run.sink = out;
  run.problems();
  state.records.collect(out);
  state.owners.collect(out);
  run.sink = out;
  run.documentRules();
  return out;
}

/** The diagnostics, the state for the next version, and the owners whose records changed. */
export interface IncrementalResult {
  readonly diagnostics: ServiceDiagnostic[];
  readonly state: ValidationState;
  /**
   * The owner names whose records changed since the previous state; undefined when the
   * document was validated in full (anything may have changed).
   */
  readonly changedOwners?: ReadonlySet<string>;
}

function fullState(document: ParsedDocument, options: ValidationOptions): IncrementalResult {
  const lookup = new OwnerMap(document.records, document.includedRecords);
  const state: ValidationState = { document, options, lookup, records: new UnitTable(), owners: new UnitTable(), relatedReads: { names: new Set(), all: false } };
  const run = new Run(document, options, lookup);
  run.relatedReads = state.relatedReads;
  if (document.skipped) {
    const out: ServiceDiagnostic[] = [];
    run.sink = out;
    run.problems();
    return { diagnostics: out, state };
  }
  for (const record of document.records) state.records.remember(record, run.unit(() => run.record(record)), false);
  for (const group of lookup.sharedOwners()) state.owners.remember(group[0]!.owner, run.unit(() => run.owner(group)), false);
  return { diagnostics: collect(run, state), state };
}

/**
 * Validates `document`, re-using `previous` (the state of the version it was re-parsed from) when
 * it can: the diagnostics equal those of `validate(document, options)`.
 */
export function validateIncremental(
  document: ParsedDocument,
  options: ValidationOptions,
  previous: ValidationState | undefined,
): IncrementalResult {
  const change = document.change;
  // The next re-parse starts its change from this version.
  delete (document as { change?: DocumentChange }).change;
  if (!previous || !change || change.previous !== previous.document || !sameOptions(previous.options, options) || document.skipped) {
    return fullState(document, options);
  }
  return update(document, options, previous, change);
}

function update(document: ParsedDocument, options: ValidationOptions, previous: ValidationState, change: DocumentChange): IncrementalResult {
  const { lookup, records, owners } = previous;
  const state: ValidationState = { document, options, lookup, records, owners, relatedReads: previous.relatedReads };

  // The owner map follows the records.
  for (const r of change.removed) lookup.remove(r);
  for (const r of change.added) lookup.add(r);

  const changedOwners = new Set<string>();
  for (const r of change.removed) changedOwners.add(r.owner);
  for (const r of change.added) changedOwners.add(r.owner);

  const rerunRecords = new Set<RecordSite>(change.added);
  for (const r of change.neighbours) rerunRecords.add(r);
  const rerunOwners = new Set<string>(changedOwners);
  for (const r of change.neighbours) rerunOwners.add(r.owner);

  for (const r of change.removed) records.forget(r);
  records.move(change, (r) => rerunRecords.add(r));
  owners.move(change, (o) => rerunOwners.add(o));
  for (const name of changedOwners) {
    for (const r of records.lookingAt(name)) rerunRecords.add(r);
    for (const o of owners.lookingAt(name)) rerunOwners.add(o);
  }

  const run = new Run(document, options, lookup);
  run.relatedReads = state.relatedReads;
  for (const record of rerunRecords) {
    records.forget(record);
    records.remember(record, run.unit(() => run.record(record)), true);
  }
  for (const owner of rerunOwners) {
    owners.forget(owner);
    const group = lookup.get(owner);
    if (group && group.length > 1) owners.remember(owner, run.unit(() => run.owner(group)), true);
  }
  return { diagnostics: collect(run, state), state, changedOwners };
}
