/**
 * Incremental re-parse of an edited zone file. Finds the edited text (common prefix and suffix
 * of the two versions), goes back to the start of the entry before it, and parses entries of the
 * new text until one falls in the unchanged tail where an old record starts with the same parser
 * state (origin, previous owner and class, TTL defaults, pending disable comment). The records
 * before and after are the old objects, the ones after moved to their new offsets. Edits that
 * touch a directive, and documents the parser did not make, are parsed anew.
 */
import type { Directive, DocumentChange, ParsedDocument, Problem } from '../../model';
import { parseTtl } from '../../records/ttl';
import { changedRegion, type ChangedRegion } from '../../text/changed-region';
import { moveFixes, moveRange } from '../../text/moved';
import { CODES } from './codes';
import { BINARY_WINDOW, PARSES, assemble, initialState, looksBinary, parseZone, zoneEntryHandlers, type ParseSink, type ZoneParseInput } from './parser';
import { MAX_PAREN_RECOVERIES, scan, UNCLOSED_PARENTHESIS, type Entry } from './scanner';

/** Characters whose typing or deleting may close a parenthesis left open earlier. */
const PAREN_SENSITIVE = /[()";\\\r\n]/;
import type { ZoneRecord } from './tokens';

/** Index of the last record that starts before `offset`, or -1. */
function lastStartingBefore(records: readonly ZoneRecord[], offset: number): number {
  let lo = 0;
  let hi = records.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (records[mid]!.startOffset < offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** The start of the line after `offset`. */
function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

function sameSet(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function moveProblem(p: Problem, delta: number): Problem {
  return { ...p, range: moveRange(p.range, delta), ...(p.fixes ? { fixes: moveFixes(p.fixes, delta) } : {}) };
}

function moveDirective(d: Directive, delta: number): Directive {
  return {
    ...d,
    nameRange: moveRange(d.nameRange, delta),
    range: moveRange(d.range, delta),
    args: d.args.map((a) => ({ ...a, range: moveRange(a.range, delta) })),
  };
}

/**
 * One change from two in a row: `first` (version 1 to 2) then `second` (2 to 3), as one
 * replaced region of version 1 and the records removed from version 1 and added in version 3.
 */
export function composeChanges(first: DocumentChange, second: DocumentChange): DocumentChange {
  const d1 = first.newEnd - first.oldEnd;
  const d2 = second.newEnd - second.oldEnd;
  const start = Math.min(first.start, second.start);
  const oldEnd = Math.max(first.oldEnd, second.oldEnd >= first.newEnd ? second.oldEnd - d1 : first.oldEnd);
  const newEnd = Math.max(second.newEnd, first.newEnd >= second.oldEnd ? first.newEnd + d2 : second.newEnd);
  const goneAgain = new Set(second.removed);
  const addedFirst = new Set(first.added);
  const removed = [...first.removed, ...second.removed.filter((r) => !addedFirst.has(r))];
  const added = [...first.added.filter((r) => !goneAgain.has(r)), ...second.added];
  const neighbours = [...new Set([...first.neighbours, ...second.neighbours])].filter((r) => !goneAgain.has(r) && !addedFirst.has(r));
  return { previous: first.previous, start, oldEnd, newEnd, removed, added, neighbours };
}

/**
 * The document parsed from `input`, re-using `previous` (the parse of the version before, which
 * this uses up) when the edit lies among records (`known`: where the texts differ, when the
 * caller has found it). The result's `change` says what was replaced.
 */
export function reparseZone(previous: ParsedDocument, input: ZoneParseInput, known?: ChangedRegion): ParsedDocument {
  const info = PARSES.get(previous);
  const old = previous.records as readonly ZoneRecord[];
  const pool = info?.pool;
  if (!info || !pool || previous.skipped || previous.uri !== input.uri || old.length === 0) return parseZone(input);
  if (pool.unused > Math.max(1 << 16, pool.size >> 1)) return parseZone(input);
  const oldText = previous.text;
  const text = input.text;
  const region = known ?? changedRegion(oldText, text);
  const p = region.start;
  // Only the start of a file decides whether it looks binary (the previous version did not).
  if (p < BINARY_WINDOW && looksBinary(text)) return parseZone(input);

  const newEditEnd = region.newEnd;
  const delta = text.length - oldText.length;

  // Start at the line after the last entry (record or directive) before the first record the edit may touch.
  const a = Math.max(0, lastStartingBefore(old, p));
  const first = old[a]!;
  let from = a > 0 ? nextLineStart(oldText, old[a - 1]!.endOffset) : 0;
  let defaultTtl: number | undefined;
  let originKnown = initialState(info.input, info.fileOrigin).originKnown;
  for (const d of previous.directives) {
    if (d.range.end > Math.min(p, first.startOffset)) continue;
    from = Math.max(from, nextLineStart(oldText, d.range.end));
  }
  if (from > p) return parseZone(input);
  for (const d of previous.directives) {
    if (d.range.start >= from) continue;
    if (d.name === '$ORIGIN') originKnown = true;
    if (d.name === '$TTL' && d.args[0]) {
      const ttl = parseTtl(d.args[0].text);
      if (!('error' in ttl)) defaultTtl = ttl.seconds;
    }
  }
  // A record that failed to parse (it has a problem) may have changed the previous owner.
  const lastKeptEnd = a > 0 ? old[a - 1]!.endOffset : 0;
  let reportedMissingTtl = false;
  let reportedMissingOrigin = false;
  let unclosedBefore = 0;
  const plainEdit = !PAREN_SENSITIVE.test(oldText.slice(p, region.oldEnd)) && !PAREN_SENSITIVE.test(text.slice(p, newEditEnd));
  let firstMissingTtl = Infinity;
  let firstMissingOrigin = Infinity;
  for (const pr of previous.problems) {
    const at = pr.range.start;
    if (pr.code === CODES.missingTtl) firstMissingTtl = Math.min(firstMissingTtl, at);
    if (pr.code === CODES.missingOrigin) firstMissingOrigin = Math.min(firstMissingOrigin, at);
    if (at >= lastKeptEnd && at < from && (a > 0 || pr.code === CODES.syntax || pr.code === CODES.unknownType)) return parseZone(input);
    // A `(` left open before may be closed by an edit that adds a `)` (or uncovers one by
    // changing quotes, comments, escapes or line breaks), which changes every entry after it.
    if (at < from && pr.message === UNCLOSED_PARENTHESIS) {
      if (++unclosedBefore >= MAX_PAREN_RECOVERIES || !plainEdit) return parseZone(input);
    }
    if (at < from && pr.code === CODES.missingTtl) reportedMissingTtl = true;
    if (at < from && pr.code === CODES.missingOrigin) reportedMissingOrigin = true;
  }
  // The last explicit TTL matters only without a $TTL default.
  let lastTtl: number | undefined;
  for (let i = defaultTtl === undefined ? a - 1 : -1; i >= 0; i--) {
    const r = old[i]!;
    if (r.hasOwnTtl && r.ttl !== undefined) {
      lastTtl = r.ttl;
      break;
    }
  }

  const state = {
    ...initialState(input, info.fileOrigin),
    origin: first.origin,
    originKnown,
    firstOriginDirective: info.firstOriginDirective,
    defaultTtl,
    lastTtl,
    reportedMissingTtl,
    reportedMissingOrigin,
    previousOwner: a > 0 ? old[a - 1]!.owner : undefined,
    previousClass: a > 0 ? old[a - 1]!.rrClass : 'IN',
  };
  pool.text = text;
  pool.resetCaches();
  const sink: ParseSink = { records: [], includedRecords: [], directives: [], groups: [], problems: [] };
  let resync = -1;
  let aborted = false;
  const beforeEntry = (entry: Entry): boolean => {
    const start = entry.tokens[0]!.start;
    if (!entry.blankOwner && text.charCodeAt(start) === 36 /* $ */) {
      aborted = true;
      return false;
    }
    // The line break before the entry must be old text too (else the line may have been joined or split).
    if (entry.lineStart <= newEditEnd) return true;
    const k = lastStartingBefore(old, start - delta + 1);
    if (k < a || old[k]!.startOffset !== start - delta) return true;
    const r = old[k]!;
    if (r.ownerRange === undefined && r.owner !== state.previousOwner) return true;
    if (r.rrClass !== state.previousClass || r.origin !== state.origin) return true;
    if (state.defaultTtl === undefined && !(r.hasOwnTtl ? r.ttl !== undefined : r.ttl === state.lastTtl)) return true;
    if (!sameSet(state.pending, r.suppressed)) return true;
    // Whether the old parse had reported the missing TTL / origin before this entry.
    const oldLine = entry.lineStart - delta;
    if (firstMissingTtl < oldLine !== state.reportedMissingTtl || firstMissingOrigin < oldLine !== state.reportedMissingOrigin) return true;
    resync = k;
    return false;
  };
  const handlers = zoneEntryHandlers(input, pool, state, sink, beforeEntry, true);
  const stoppedAt = scan(text, handlers, from, unclosedBefore);
  if (aborted || state.sawDirective) return parseZone(input);
  const newCut = resync >= 0 ? stoppedAt : text.length;
  const oldCut = resync >= 0 ? stoppedAt - delta : oldText.length;
  for (const pr of handlers.held()) if (pr.range.start < newCut) sink.problems.push(pr);
  if (previous.directives.some((d) => d.range.start >= from && d.range.start < oldCut)) return parseZone(input);

  const k = resync >= 0 ? resync : old.length;
  const kept = old.slice(k);
  if (delta !== 0) for (const r of kept) r.shift(delta);
  const removed = old.slice(a, k);
  for (const r of removed) pool.unused += r.rdataCount;
  const records = old.slice(0, a).concat(sink.records, kept);
  const problems = [
    ...previous.problems.filter((pr) => pr.range.start < from),
    ...sink.problems,
    ...previous.problems.filter((pr) => pr.range.start >= oldCut).map((pr) => (delta === 0 ? pr : moveProblem(pr, delta))),
  ];
  const groups = [
    ...previous.groups.filter((g) => g.start < from),
    ...sink.groups,
    ...previous.groups.filter((g) => g.start >= oldCut).map((g) => (delta === 0 ? g : moveRange(g, delta))),
  ];
  const directives = delta === 0 ? previous.directives : previous.directives.map((d) => (d.range.start >= oldCut ? moveDirective(d, delta) : d));
  const base = { uri: input.uri, host: 'zone-file' as const, text, ...(input.version !== undefined ? { version: input.version } : {}) };
  const assembled = assemble(base, { records: records as ZoneRecord[], includedRecords: previous.includedRecords as ZoneRecord[], directives: [...directives], groups, problems }, state, input, info.fileOrigin);
  const neighbours = [...(a > 0 ? [old[a - 1]!] : []), ...(k < old.length ? [old[k]!] : [])];
  const own: DocumentChange = { previous, start: from, oldEnd: oldCut, newEnd: newCut, removed, added: sink.records, neighbours };
  // Versions nobody validated pass their change on: the change is from the last validated version.
  const change = previous.change ? composeChanges(previous.change, own) : own;
  const sameOrigin = assembled.zoneOrigin === previous.zoneOrigin && (!previous.change || previous.change.previous.zoneOrigin === assembled.zoneOrigin);
  const document: ParsedDocument = sameOrigin ? { ...assembled, change } : assembled;
  // The previous version is used up: its records moved. Nothing may re-parse from it.
  PARSES.delete(previous);
  delete (previous as { change?: DocumentChange }).change;
  PARSES.set(document, { ...info, input, pool });
  return document;
}
