/**
 * The zone-file parser (RFC 1035 §5, BIND usage): turns scanner entries into record sites and
 * directives. Handles `$ORIGIN`, `$TTL`, `$INCLUDE` (relative to the file, loops detected),
 * `$GENERATE` (checked, not expanded), `@`, blank owners, TTL units, TTL and class in either
 * order, RFC 3597 `TYPEnnn` and `\#`. A bad record is a problem and parsing goes on.
 */
import type { CharString, Directive, Fix, FileSystem, OffsetRange, ParsedDocument, Problem } from '../../model';
import { absoluteName, checkName, isAbsolute } from '../../records/names';
import { canonicalClassName, canonicalTypeName, closestTypeName } from '../../records/rr-types';
import { parseTtl } from '../../records/ttl';
import { decodeCharString } from './char-string';
import { checkGenerate } from './generate';
import { originFromFileName } from './origin';
import { scan, TokenFlags, type Entry, type ScanHandlers, type Token } from './scanner';
import { TokenPool, ZoneRecord } from './tokens';
import { detach } from '../../text/detach';
import { CODES } from './codes';

export interface ZoneParseInput {
  readonly uri: string;
  readonly text: string;
  readonly version?: number;
  readonly fileSystem?: FileSystem;
  /** Origin in force at the start (for included files). */
  readonly origin?: string;
  /** URIs of the files that include this one, outermost first (loop detection). */
  readonly includeStack?: readonly string[];
}

const MAX_INCLUDE_DEPTH = 16;
const SUPPRESS = 'zonemail-disable-next-line';

/** How much of the start of a file `looksBinary` reads. */
export const BINARY_WINDOW = 65536;

/** True when the text looks binary (NUL bytes or many control characters near the start). */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, BINARY_WINDOW);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return n > 0 && control / n > 0.1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function parseZone(input: ZoneParseInput): ParsedDocument {
  const { uri, text } = input;
  const records: ZoneRecord[] = [];
  const includedRecords: ZoneRecord[] = [];
  const directives: Directive[] = [];
  const groups: OffsetRange[] = [];
  const problems: Problem[] = [];
  const base = {
    uri,
    host: 'zone-file' as const,
    text,
    ...(input.version !== undefined ? { version: input.version } : {}),
  };

  if (looksBinary(text)) {
    problems.push({
      code: CODES.binaryContent,
      range: { start: 0, end: Math.min(text.length, 1) },
      message: 'This file looks binary (NUL bytes or control characters), not like a zone file: it was not checked.',
    });
    return { ...base, records, includedRecords, directives, groups, problems, skipped: 'binary' };
  }

  const fileOrigin = originFromFileName(uri);
  const state = initialState(input, fileOrigin);
  const pool = new TokenPool(text);
  const sink: ParseSink = { records, includedRecords, directives, groups, problems };
  const handlers = zoneEntryHandlers(input, pool, state, sink);
  scan(text, handlers);
  handlers.flush();
  const document = assemble(base, sink, state, input, fileOrigin);
  PARSES.set(document, { input, pool, fileOrigin, firstOriginDirective: state.firstOriginDirective });
  return document;
}

/** What an incremental re-parse needs from the parse of the previous version. */
export interface ZoneParseInfo {
  readonly input: ZoneParseInput;
  readonly pool: TokenPool;
  readonly fileOrigin: string | undefined;
  readonly firstOriginDirective: string | undefined;
}

/** The parse behind each zone document this module made (gone with the document). */
export const PARSES = new WeakMap<ParsedDocument, ZoneParseInfo>();

/** Where the parser puts what it finds. */
export interface ParseSink {
  readonly records: ZoneRecord[];
  readonly includedRecords: ZoneRecord[];
  readonly directives: Directive[];
  readonly groups: OffsetRange[];
  readonly problems: Problem[];
}

/** What the parser carries from one entry to the next (RFC 1035 §5.1 defaults). */
export interface ParserState {
  origin: string;
  originKnown: boolean;
  firstOriginDirective: string | undefined;
  defaultTtl: number | undefined;
  lastTtl: number | undefined;
  reportedMissingTtl: boolean;
  reportedMissingOrigin: boolean;
  previousOwner: string | undefined;
  previousClass: string;
  /** Codes of a disable comment waiting for the next entry. */
  pending: Set<string> | undefined;
  /** Set when a directive was parsed (an incremental re-parse then gives up). */
  sawDirective: boolean;
}

export function initialState(input: ZoneParseInput, fileOrigin: string | undefined): ParserState {
  return {
    origin: input.origin ?? fileOrigin ?? '.',
    originKnown: input.origin !== undefined || fileOrigin !== undefined,
    firstOriginDirective: undefined,
    defaultTtl: undefined,
    lastTtl: undefined,
    reportedMissingTtl: false,
    reportedMissingOrigin: false,
    previousOwner: undefined,
    previousClass: 'IN',
    pending: undefined,
    sawDirective: false,
  };
}

/** The parsed document from what the parser found. */
export function assemble(
  base: { uri: string; host: 'zone-file'; text: string; version?: number },
  sink: ParseSink,
  state: ParserState,
  input: ZoneParseInput,
  fileOrigin: string | undefined,
): ParsedDocument {
  const soa = sink.records.find((r) => r.type === 'SOA');
  const zoneOrigin = soa?.owner ?? state.firstOriginDirective ?? input.origin ?? fileOrigin;
  return {
    ...base,
    records: sink.records,
    includedRecords: sink.includedRecords,
    ...(zoneOrigin ? { zoneOrigin } : {}),
    directives: sink.directives,
    groups: sink.groups,
    problems: sink.problems,
  };
}

/**
 * The scanner handlers that parse entries into `sink`, starting from `state`. Scanner problems
 * are held until the entry they belong to is parsed: `beforeEntry` may stop the scan at an entry
 * (an incremental re-parse that found its way back into the old text), and `flush` hands over
 * the problems held back when the scan ends.
 */
export function zoneEntryHandlers(
  input: ZoneParseInput,
  pool: TokenPool,
  state: ParserState,
  sink: ParseSink,
  beforeEntry?: (entry: Entry) => boolean,
  /**
   * Set by an incremental re-parse, whose records and problems outlive this version of the text:
   * names and messages are copied (see `detach`), and no decoded string is cached.
   */
  detachStrings = false,
): ScanHandlers & { flush(): void; held(): readonly Problem[] } {
  const { text, uri } = input;
  const keep = detachStrings ? detach : (s: string) => s;
  const { records, includedRecords, directives, groups, problems } = sink;
  let held: Problem[] = [];
  let suppressed: Set<string> | undefined;
  const raw = (t: Token) => text.slice(t.start, t.end);
  const report = (code: string, start: number, end: number, message: string, fixes?: readonly Fix[]): void => {
    if (suppressed && (suppressed.has(code) || suppressed.has('*'))) return;
    problems.push({ code, range: { start, end: Math.max(end, start) }, message: keep(message), ...(fixes ? { fixes } : {}) });
  };
  const reportEscapes = (t: Token): CharString | undefined => {
    if ((t.flags & TokenFlags.Escaped) === 0) return undefined;
    return decodeCharString(text, t, (p) => report(CODES.invalidEscape, p.start, p.end, p.message));
  };

  const onComment = (start: number, end: number, standalone: boolean): void => {
    if (!standalone) return;
    let i = start;
    while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    if (!text.startsWith(SUPPRESS, i)) return;
    const rest = text.slice(i + SUPPRESS.length, end);
    if (rest.length > 0 && rest.charCodeAt(0) !== 32 && rest.charCodeAt(0) !== 9) return;
    const codes = rest.split(/[\s,]+/).filter((c) => c.length > 0);
    state.pending ??= new Set();
    if (codes.length === 0) state.pending.add('*');
    for (const c of codes) state.pending.add(keep(c));
  };

  const directive = (entry: Entry): void => {
    state.sawDirective = true;
    const [nameTok, ...argToks] = entry.tokens;
    const name = raw(nameTok!).toUpperCase();
    const args = argToks.map((t) => ({ text: raw(t), range: { start: t.start, end: t.end } }));
    directives.push({ name, nameRange: { start: nameTok!.start, end: nameTok!.end }, args, range: { start: nameTok!.start, end: entry.end } });
    for (const t of argToks) reportEscapes(t);
    const first = argToks[0];
    switch (name) {
      case '$ORIGIN': {
        if (!first) {
          report(CODES.invalidDirective, nameTok!.start, nameTok!.end, '$ORIGIN needs a domain name: write e.g. `$ORIGIN example.com.`');
          return;
        }
        const value = raw(first);
        for (const p of checkName(value, isAbsolute(value) ? '.' : state.origin)) {
          report(CODES.invalidName, first.start + p.start, first.start + p.end, p.message);
        }
        state.origin = absoluteName(value === '@' ? state.origin : value, state.origin);
        state.originKnown = true;
        if (records.length === 0) state.firstOriginDirective ??= state.origin;
        extraArgs(argToks, 1, '$ORIGIN');
        return;
      }
      case '$TTL': {
        if (!first) {
          report(CODES.invalidTtl, nameTok!.start, nameTok!.end, '$TTL needs a value: write e.g. `$TTL 3600` or `$TTL 1h`.');
          return;
        }
        const ttl = parseTtl(raw(first));
        if ('error' in ttl) report(CODES.invalidTtl, first.start, first.end, ttl.error);
        else state.defaultTtl = ttl.seconds;
        extraArgs(argToks, 1, '$TTL');
        return;
      }
      case '$INCLUDE':
        include(entry, argToks);
        return;
      case '$GENERATE': {
        for (const p of checkGenerate(args.map((a) => a.text))) {
          const at = p.arg >= 0 ? argToks[p.arg]! : nameTok!;
          report(CODES.invalidDirective, at.start, p.arg >= 0 && p.arg === args.length - 1 ? entry.end : at.end, p.message);
        }
        return;
      }
      default:
        report(
          CODES.invalidDirective,
          nameTok!.start,
          nameTok!.end,
          `Unknown directive \`${raw(nameTok!)}\`: zone files know $ORIGIN, $TTL, $INCLUDE and $GENERATE.`,
        );
    }
  };

  const extraArgs = (argToks: Token[], allowed: number, name: string): void => {
    if (argToks.length > allowed) {
      const from = argToks[allowed]!;
      report(CODES.syntax, from.start, argToks[argToks.length - 1]!.end, `${name} takes ${allowed} argument: remove the extra text (or make it a comment with \`;\`).`);
    }
  };

  const include = (entry: Entry, argToks: Token[]): void => {
    const fileTok = argToks[0];
    if (!fileTok) {
      report(CODES.invalidDirective, entry.tokens[0]!.start, entry.tokens[0]!.end, '$INCLUDE needs a file name: write e.g. `$INCLUDE keys.zone`.');
      return;
    }
    const fileName = fileTok.flags & TokenFlags.Quoted ? decodeCharString(text, fileTok).value : raw(fileTok);
    const originTok = argToks[1];
    const includeOrigin = originTok ? absoluteName(raw(originTok), state.origin) : state.origin;
    if (!input.fileSystem) return;
    let target: string;
    try {
      target = new URL(fileName, fileName.startsWith('/') ? 'file:///' : uri).href;
    } catch {
      return;
    }
    const stack = [...(input.includeStack ?? []), uri];
    if (stack.includes(target)) {
      report(CODES.includeLoop, fileTok.start, fileTok.end, `\`${fileName}\` includes itself (directly or through other files): remove the $INCLUDE that closes the loop.`);
      return;
    }
    if (stack.length > MAX_INCLUDE_DEPTH) {
      report(CODES.includeLoop, fileTok.start, fileTok.end, `$INCLUDE is nested more than ${MAX_INCLUDE_DEPTH} files deep: flatten the includes.`);
      return;
    }
    const content = input.fileSystem.readFile(target);
    if (content === undefined) {
      report(CODES.includeMissing, fileTok.start, fileTok.end, `Cannot read \`${fileName}\` (looked for ${target}): check the path; it is resolved relative to this file.`);
      return;
    }
    const inner = parseZone({ uri: target, text: content, fileSystem: input.fileSystem, origin: includeOrigin, includeStack: stack });
    for (const p of inner.problems) {
      if (p.code === CODES.includeLoop) report(CODES.includeLoop, fileTok.start, fileTok.end, p.message);
    }
    includedRecords.push(...(inner.records as ZoneRecord[]), ...(inner.includedRecords as ZoneRecord[]));
  };

  const record = (entry: Entry): void => {
    const tokens = entry.tokens;
    let idx = 0;
    let owner: string;
    let ownerTok: Token | undefined;
    if (!entry.blankOwner) {
      const t = tokens[0]!;
      ownerTok = t;
      const ownerText = raw(t);
      if (t.flags & TokenFlags.Escaped) reportEscapes(t);
      for (const p of checkName(ownerText, state.origin)) report(CODES.invalidName, t.start + p.start, t.start + p.end, p.message);
      if (!state.originKnown && !state.reportedMissingOrigin && !isAbsolute(ownerText)) {
        state.reportedMissingOrigin = true;
        report(
          CODES.missingOrigin,
          t.start,
          t.end,
          'No $ORIGIN before this relative name and none can be derived from the file name: names are taken relative to the root. Add `$ORIGIN example.com.` at the top.',
        );
      }
      owner = keep(absoluteName(ownerText, state.origin));
      idx = 1;
    } else if (state.previousOwner !== undefined) {
      owner = state.previousOwner;
    } else {
      const t = tokens[0]!;
      report(CODES.syntax, t.start, t.end, 'This record has no owner name and there is no previous record to take it from: write the owner at the start of the line.');
      return;
    }
    state.previousOwner = owner;

    let ttl: number | undefined;
    let ttlTok: Token | undefined;
    let rrClass: string | undefined;
    for (let k = 0; k < 2 && idx < tokens.length; k++) {
      const t = tokens[idx]!;
      const c = text.charCodeAt(t.start);
      if (ttlTok === undefined && isDigit(c)) {
        const parsed = parseTtl(raw(t));
        if ('error' in parsed) report(CODES.invalidTtl, t.start, t.end, parsed.error);
        else ttl = parsed.seconds;
        ttlTok = t;
        idx++;
        continue;
      }
      if (rrClass === undefined) {
        const cls = canonicalClassName(raw(t));
        if (cls) {
          rrClass = cls;
          idx++;
          continue;
        }
      }
      break;
    }
    const typeTok = tokens[idx];
    if (!typeTok) {
      const last = tokens[tokens.length - 1]!;
      report(CODES.syntax, last.start, last.end, 'This record has no type: add the record type and its data, e.g. `IN A 192.0.2.1`.');
      return;
    }
    const typeText = raw(typeTok);
    const type = canonicalTypeName(typeText);
    if (!type) {
      const guess = closestTypeName(typeText);
      report(
        CODES.unknownType,
        typeTok.start,
        typeTok.end,
        guess
          ? `\`${typeText}\` is not a record type; did you mean \`${guess}\`?`
          : `\`${typeText}\` is not a record type: write a type such as A, AAAA, MX, TXT or CNAME, or TYPEnnn with \`\\#\` data for an unknown one (RFC 3597 §5).`,
        guess ? [{ title: `Change to ${guess}`, edits: [{ range: { start: typeTok.start, end: typeTok.end }, newText: guess }], isPreferred: true }] : undefined,
      );
      return;
    }
    if (ttl === undefined && ttlTok === undefined) {
      ttl = state.defaultTtl ?? state.lastTtl;
      if (ttl === undefined && !state.reportedMissingTtl) {
        state.reportedMissingTtl = true;
        report(CODES.missingTtl, typeTok.start, typeTok.end, 'This record has no TTL and no $TTL comes before it: add `$TTL 3600` (or your default) at the top of the file.');
      }
    } else if (ttl !== undefined) {
      state.lastTtl = ttl;
    }
    rrClass ??= state.previousClass;
    state.previousClass = rrClass;
    const rdataFirst = pool.size;
    for (let i = idx + 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      const at = pool.add(t.start, t.end, t.flags);
      const cs = reportEscapes(t);
      if (cs && !detachStrings) pool.preset(at, cs);
    }
    const rdataCount = tokens.length - idx - 1;
    const generic = rdataCount > 0 && text.charCodeAt(tokens[idx + 1]!.start) === 92 && tokens[idx + 1]!.end - tokens[idx + 1]!.start === 2 && text.charCodeAt(tokens[idx + 1]!.start + 1) === 35;
    const rec = new ZoneRecord(
      uri,
      owner,
      ownerTok ? ownerTok.start : -1,
      ownerTok ? ownerTok.end : -1,
      ttl,
      ttlTok ? ttlTok.start : -1,
      ttlTok ? ttlTok.end : -1,
      rrClass,
      type,
      typeTok.start,
      typeTok.end,
      pool,
      rdataFirst,
      rdataCount,
      generic,
      tokens[0]!.start,
      entry.end,
      state.origin,
    );
    if (suppressed) rec.suppressed = suppressed;
    records.push(rec);
  };

  const flush = (): void => {
    for (const p of held) problems.push(p);
    held = [];
  };
  return {
    comment: onComment,
    problem: (p) => held.push({ code: CODES.syntax, range: { start: p.start, end: Math.max(p.end, p.start) }, message: keep(p.message) }),
    flush,
    held: () => held,
    entry(entry) {
      if (beforeEntry && !beforeEntry(entry)) return false;
      flush();
      suppressed = state.pending;
      state.pending = undefined;
      for (const g of entry.groups) groups.push(g);
      const first = entry.tokens[0]!;
      if (!entry.blankOwner && text.charCodeAt(first.start) === 36 /* $ */) directive(entry);
      else record(entry);
      suppressed = undefined;
      return true;
    },
  };
}
