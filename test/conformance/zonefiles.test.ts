/**
 * Zone-parser conformance against other projects' zone files and record vectors
 * (`../shared/data/zonefiles/`: ldns, NSD, dnspython, dns-zonefile (npm), miekg/dns).
 *
 * - Whole files: good files load without parser or RDATA errors (complete zones: without any
 *   error at all, apart from the listed, explained exceptions); bad files get at least one error,
 *   with the expected code and, where the file marks the broken records, on each of them.
 * - Record vectors: each miekg/dns row is wrapped as a small zone (`$ORIGIN .` and `$TTL 3600`,
 *   the defaults of miekg's `NewRR`); valid rows get no parser or RDATA error and the owner, TTL,
 *   class and type we parse agree with the upstream presentation; invalid rows get an error.
 *   The RFC 9460 Appendix D SVCB vectors from dnspython are checked as SVCB RDATA, in presentation
 *   and in RFC 3597 generic form. The npm dns-zonefile JSON is compared record by record.
 *
 * Each vector is its own subtest. Vectors in `zonefiles-ignore.ts` are run too and must still
 * fail: one that passes makes the test fail so that the stale entry gets removed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { getLanguageService, type ParsedDocument, type RecordSite, type ServiceDiagnostic } from '../../server/src/service/index';
import { SHARED_DATA } from '../support/paths';
import { IGNORED } from './zonefiles-ignore';

const ZONEFILES = path.join(SHARED_DATA, 'zonefiles');
const service = getLanguageService();

/** Codes the zone-file parser reports (errors among them make a file fail to load). */
const PARSER_CODES = new Set([
  'zone/syntax',
  'zone/unknown-type',
  'zone/invalid-ttl',
  'zone/invalid-escape',
  'zone/invalid-name',
  'zone/invalid-directive',
  'zone/include-missing',
  'zone/include-loop',
]);
const RDATA_CODE = 'zone/invalid-rdata';
const isLoadCode = (code: string) => PARSER_CODES.has(code) || code === RDATA_CODE;

/** A vector: an id (source file, optionally `:line`), a readable name and a check that lists failures. */
interface Vector {
  readonly id: string;
  readonly name: string;
  readonly kind: 'file' | 'record';
  check(): Failure[];
}

/** A failed expectation; `line` (1-based, in the original data file) when it sits on one line. */
interface Failure {
  readonly line?: number;
  readonly text: string;
}

const fail = (text: string, line?: number): Failure => (line !== undefined ? { line, text } : { text });

function read(rel: string): string {
  return fs.readFileSync(path.join(ZONEFILES, rel), 'utf8');
}

function uriOf(rel: string): string {
  return pathToFileURL(path.join(ZONEFILES, rel)).href;
}

interface Checked {
  readonly doc: ParsedDocument;
  readonly diagnostics: ServiceDiagnostic[];
  readonly text: string;
}

function check(uri: string, text: string): Checked {
  const doc = service.parse({ uri, text, languageId: 'dns-zone' })!;
  const errors: string[] = [];
  const diagnostics = service.validate(doc, { onRuleError: (code, error) => errors.push(`${code}: ${String(error)}`) });
  if (errors.length > 0) throw new Error(`rules threw: ${errors.join('; ')}`);
  return { doc, diagnostics, text };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function describe(c: Checked, d: ServiceDiagnostic, lineShift = 0): Failure {
  const snippet = c.text.slice(d.range.start, Math.min(d.range.end, d.range.start + 60)).replace(/\s+/g, ' ');
  const line = lineOf(c.text, d.range.start) - lineShift;
  return fail(`line ${line}: ${d.code} (${d.severity}) at \`${snippet}\`: ${d.message}`, line);
}

const show = (failures: readonly Failure[]) => failures.map((f) => f.text).join(' | ');

const errorsOf = (c: Checked, filter: (code: string) => boolean = () => true) =>
  c.diagnostics.filter((d) => d.severity === 'error' && filter(d.code));

// ---------------------------------------------------------------------------------------------
// Whole files

interface FileCase {
  readonly file: string;
  readonly expect: 'good' | 'bad';
  /** Why the file is good or bad (from the upstream project's test). */
  readonly why: string;
  /** Origin the upstream test supplies out of band; prepended as `$ORIGIN` to a copy of the text. */
  readonly origin?: string;
  /**
   * Good files: a complete zone, so no error from any rule is expected (the ignore list may
   * excuse single lines). Otherwise (record collections, fragments) only parser and RDATA
   * errors are asserted.
   */
  readonly complete?: boolean;
  /** Bad files: codes of which at least one must be reported as an error. */
  readonly codes?: readonly string[];
  /** Bad files: every record whose owner's first label matches gets an error in its range. */
  readonly eachRecord?: RegExp;
  /** Bad files: only these owners' first labels may carry parser or RDATA errors. */
  readonly onlyRecords?: RegExp;
}

const LDNS_READ = 'ldns reads and prints it (ldns test suite)';
const SVCB_FAILURE = 'NSD refuses it (tpkg svcb.tdir)';
/** Owners of the broken records in NSD's SVCB failure cases (`f01`, `ohttp-f1`, ...). */
const FAILING = /^(?:[a-z]+-)?f\d+$/;

function fileCases(): FileCase[] {
  const cases: FileCase[] = [
    // ldns: files its zone reader and tools read without error.
    { file: 'ldns/08-zonereader.inputzone', expect: 'good', why: `${LDNS_READ}: a signed zone with many types`, complete: true },
    { file: 'ldns/08-zonereader.outputzone', expect: 'good', why: 'ldns prints this as the canonical form of 08-zonereader.inputzone', complete: true },
    {
      file: 'ldns/10-ldns-compare-zones.zone1',
      expect: 'good',
      why: 'ldns-compare-zones input (10-ldns-compare-zones.diffs lists the differences, not errors)',
      complete: true,
    },
    {
      file: 'ldns/10-ldns-compare-zones.zone2',
      expect: 'good',
      why: 'ldns-compare-zones input',
      complete: true,
    },
    {
      file: 'ldns/14-read-zone.db',
      expect: 'good',
      why: LDNS_READ,
      // The file's header says "BIND data file for miek.nl"; it uses `@` with no $ORIGIN, so the
      // test's command line supplies the origin.
      origin: 'miek.nl.',
      complete: true,
    },
    { file: 'ldns/20-sign-zone.db', expect: 'good', why: 'ldns-signzone input (signs without error)', complete: true },
    { file: 'ldns/26-loc-centimetre.db', expect: 'good', why: `${LDNS_READ}: LOC sizes in centimetres`, origin: 'example.' },
    { file: 'ldns/27-tab-between-cstrings.db', expect: 'good', why: `${LDNS_READ}: a tab between HINFO strings`, origin: 'example.' },
    { file: 'ldns/28-tab-instead-of-space.db', expect: 'good', why: `${LDNS_READ}: a tab between NAPTR fields` },
    { file: 'ldns/29-generic-rdata-tab.db', expect: 'good', why: `${LDNS_READ}: RFC 3597 generic RDATA split by tabs and parentheses` },
    // RFC 8976 Appendix A (ldns ZONEMD tests). A.1 and A.2 use relative names; the RFC gives the origin `example.`.
    { file: 'ldns/rfc8976-zonemd/A.1.Simple-EXAMPLE-Zone', expect: 'good', why: 'RFC 8976 A.1', origin: 'example.', complete: true },
    {
      file: 'ldns/rfc8976-zonemd/A.2.Complex-EXAMPLE-Zone',
      expect: 'good',
      why: 'RFC 8976 A.2 (deliberately holds occluded, duplicate and out-of-zone data, all of which must load)',
      origin: 'example.',
      complete: true,
    },
    { file: 'ldns/rfc8976-zonemd/A.3.EXAMPLE-Zone-with-multiple-digests', expect: 'good', why: 'RFC 8976 A.3', complete: true },
    { file: 'ldns/rfc8976-zonemd/A.4.The-URI.ARPA-Zone', expect: 'good', why: 'RFC 8976 A.4 (a signed zone from an AXFR)', complete: true },
    {
      file: 'ldns/rfc8976-zonemd/A.5.The-ROOT-SERVERS.NET-Zone',
      expect: 'good',
      why: 'RFC 8976 A.5',
      complete: true,
    },
    {
      file: 'ldns/rfc8976-zonemd/repeated-ZONEMD-scheme-and-algorithm',
      expect: 'good',
      // Syntactically valid: ldns loads it and then fails ZONEMD verification (RFC 8976 §4), a
      // check outside the zone-file syntax.
      why: 'loads; only ZONEMD verification fails (two ZONEMD with the same scheme and hash)',
      complete: true,
    },
    // dnspython: `example` is its many-types zone; the `.good` files are its expected outputs.
    { file: 'dnspython/example', expect: 'good', why: 'dnspython test_zone loads it', complete: true },
    // dnspython's tests write these with `relativize=True` and read them back with origin `example.`.
    { file: 'dnspython/example1.good', expect: 'good', why: 'dnspython output of `example`', origin: 'example.', complete: true },
    { file: 'dnspython/example2.good', expect: 'good', why: 'dnspython output of `example`', origin: 'example.', complete: true },
    { file: 'dnspython/example3.good', expect: 'good', why: 'dnspython output of `example`', origin: 'example.', complete: true },
    { file: 'dnspython/example4.good', expect: 'good', why: 'dnspython output of `example`', complete: true },
    // dns-zonefile (npm): its parser is lenient; the DS lines of the forward zone are not DS RDATA.
    {
      file: 'dns-zonefile-npm/zonefile_forward.txt',
      expect: 'bad',
      why: 'the two `secure.example. DS tag=12345 alg=3 digest_type=1 <foofoo>` lines are not DS RDATA (RFC 4034 §5.3); everything else must load',
      codes: [RDATA_CODE],
      eachRecord: /^secure$/,
      onlyRecords: /^secure$/,
    },
    { file: 'dns-zonefile-npm/zonefile_reverse_ipv4.txt', expect: 'good', why: 'dns-zonefile test zone', complete: true },
    { file: 'dns-zonefile-npm/zonefile_reverse_ipv6.txt', expect: 'good', why: 'dns-zonefile test zone', complete: true },
  ];

  // NSD: expectations transcribed from its tpkg tests, with the origin each test passes to NSD.
  for (const dir of ['nsd/misc', 'nsd/svcb']) {
    const spec = JSON.parse(read(`${dir}/expectations.json`)) as { cases: { file: string; origin?: string; expect: string; description?: string; note?: string }[] };
    for (const c of spec.cases) {
      const file = `${dir}/${c.file}`;
      const why = c.description ?? c.note ?? 'NSD loads it';
      const origin = c.origin;
      if (c.expect === 'valid') {
        cases.push({ file, expect: 'good', why, complete: dir === 'nsd/svcb' || c.file.startsWith('bug0'), ...(origin ? { origin } : {}) });
      } else if (c.file === 'failure-cases.zone') {
        // NSD loads it only as a secondary (no semantic checks); as a primary every fNN record fails.
        cases.push({ file, expect: 'bad', why: 'all SVCB failure cases together; NSD accepts it only as a secondary zone', eachRecord: FAILING, onlyRecords: FAILING });
      } else if (c.file.startsWith('svcb.failure-cases-')) {
        cases.push({ file, expect: 'bad', why: `${SVCB_FAILURE}: ${why}`, codes: [RDATA_CODE], eachRecord: FAILING, onlyRecords: FAILING, ...(origin ? { origin } : {}) });
      } else {
        cases.push({ file, expect: 'bad', why, ...(origin ? { origin } : {}), ...fileSpecifics(c.file) });
      }
    }
  }
  return cases;
}

/** What the NSD misc bad files must be flagged with. */
function fileSpecifics(file: string): Partial<FileCase> {
  switch (file) {
    case 'zonec_tests.fail.zone':
      return { codes: ['zone/invalid-ttl'] }; // `$TTL 5w*10s`
    case 'zonec_tests.offbyone.zone':
      return { codes: ['zone/invalid-name'] }; // an owner of 256 octets
    case 'bug107_bad_hex_3597.zone':
      return { codes: [RDATA_CODE], eachRecord: /^type731$/, onlyRecords: /^type731$/ }; // `\# 6 ABCDEZ123456`
    default:
      return {};
  }
}

function firstLabel(owner: string): string {
  const dot = owner.indexOf('.');
  return dot < 0 ? owner : owner.slice(0, dot);
}

function fileVector(c: FileCase): Vector {
  return {
    id: c.file,
    name: `${c.file} (${c.expect}: ${c.why})`,
    kind: 'file',
    check() {
      const original = read(c.file);
      const prefix = c.origin ? `$ORIGIN ${c.origin}\n` : '';
      const shift = prefix ? 1 : 0;
      const r = check(uriOf(c.file), prefix + original);
      const failures: Failure[] = [];
      if (r.doc.skipped) failures.push(fail(`not checked: ${r.doc.skipped}`));
      if (c.expect === 'good') {
        const bad = errorsOf(r, (code) => c.complete === true || isLoadCode(code));
        for (const d of bad) failures.push(describe(r, d, shift));
        if (r.doc.records.length === 0) failures.push(fail('no records parsed'));
        return failures;
      }
      const errors = errorsOf(r);
      if (errors.length === 0) failures.push(fail('no error reported'));
      if (c.codes && !errors.some((d) => c.codes!.includes(d.code))) {
        failures.push(fail(`none of ${c.codes.join(', ')} reported; got: ${show(errors.map((d) => describe(r, d, shift))) || 'nothing'}`));
      }
      if (c.eachRecord) {
        const marked = r.doc.records.filter((rec) => c.eachRecord!.test(firstLabel(rec.owner)));
        if (marked.length === 0) failures.push(fail(`no record matches ${c.eachRecord}`));
        for (const rec of marked) {
          if (!errors.some((d) => d.range.start >= rec.range.start && d.range.start <= rec.range.end)) {
            const line = lineOf(r.text, rec.range.start) - shift;
            failures.push(fail(`line ${line}: \`${r.text.slice(rec.range.start, rec.range.end).replace(/\s+/g, ' ')}\` is not flagged`, line));
          }
        }
      }
      if (c.onlyRecords) {
        const allowed = r.doc.records.filter((rec) => c.onlyRecords!.test(firstLabel(rec.owner)));
        for (const d of errorsOf(r, isLoadCode)) {
          if (!allowed.some((rec) => d.range.start >= rec.range.start && d.range.start <= rec.range.end)) {
            const f = describe(r, d, shift);
            failures.push(fail(`unexpected ${f.text}`, f.line));
          }
        }
      }
      return failures;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// dns-zonefile (npm): its JSON output for the `.txt` zones

interface NpmRecord {
  readonly name: string;
  readonly ttl?: number;
}

function absolute(name: string, origin: string): string {
  if (name === '@') return origin.toLowerCase();
  if (name.endsWith('.')) return name.toLowerCase();
  return `${name}.${origin}`.toLowerCase();
}

function npmVector(base: string): Vector {
  const rel = `dns-zonefile-npm/${base}`;
  return {
    id: `${rel}.json`,
    name: `${rel}.json: record types, owners and explicit TTLs agree with dns-zonefile's output`,
    kind: 'file',
    check() {
      const expected = JSON.parse(read(`${rel}.json`)) as Record<string, unknown>;
      const origin = String(expected['$origin']);
      const r = check(uriOf(`${rel}.txt`), read(`${rel}.txt`));
      const failures: Failure[] = [];
      const push = (text: string) => failures.push(fail(text));
      const byType = new Map<string, RecordSite[]>();
      for (const rec of r.doc.records) {
        const list = byType.get(rec.type) ?? [];
        list.push(rec);
        byType.set(rec.type, list);
      }
      const seen = new Set<string>();
      for (const [key, value] of Object.entries(expected)) {
        if (key.startsWith('$')) continue;
        const type = key.toUpperCase();
        seen.add(type);
        const want: NpmRecord[] = Array.isArray(value) ? (value as NpmRecord[]) : [value as NpmRecord];
        const got = byType.get(type) ?? [];
        if (got.length !== want.length) push(`${type}: ${got.length} records, dns-zonefile has ${want.length}`);
        for (let i = 0; i < Math.min(got.length, want.length); i++) {
          const w = want[i]!;
          const g = got[i]!;
          const owner = absolute(w.name, origin);
          if (g.owner !== owner) push(`${type} #${i + 1}: owner ${g.owner}, dns-zonefile has ${owner}`);
          // dns-zonefile gives a TTL only where the record writes one; the others take $TTL.
          if (w.ttl !== undefined && (g.ttl !== w.ttl || !g.ttlRange)) push(`${type} #${i + 1}: TTL ${g.ttl}, dns-zonefile has ${w.ttl}`);
          if (w.ttl === undefined && g.ttlRange) push(`${type} #${i + 1}: a TTL is written here but dns-zonefile has none`);
          if (w.ttl === undefined && g.ttl !== Number(expected['$ttl'])) push(`${type} #${i + 1}: TTL ${g.ttl}, $TTL is ${String(expected['$ttl'])}`);
        }
      }
      for (const type of byType.keys()) if (!seen.has(type)) push(`${type}: ${byType.get(type)!.length} records that dns-zonefile does not have`);
      return failures;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// miekg/dns record vectors

interface MiekgRow {
  readonly input: string;
  readonly expect: 'valid' | 'invalid';
  readonly expected_presentation?: string;
  readonly test: string;
  readonly note?: string;
}

/** `TestParseLOC`'s second table maps bare LOC RDATA to the field its error must name. */
const LOC_FIELDS = new Set(['Latitude', 'Longitude']);

function miekgVectors(): Vector[] {
  const rel = 'miekg-dns/rr-parse-vectors.jsonl';
  const lines = read(rel).split('\n');
  const vectors: Vector[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const row = JSON.parse(line) as MiekgRow;
    const id = `${rel}:${index + 1}`;
    const presentation = row.expected_presentation;
    // Rows whose "presentation" is a field name are RDATA fragments that the upstream test
    // wraps as `example.com. LOC <rdata>` and expects to fail with an error naming that field:
    // they are invalid, whatever the transcribed `expect` says.
    const locFragment = presentation !== undefined && LOC_FIELDS.has(presentation);
    const expect = locFragment ? 'invalid' : row.expect;
    const body = locFragment ? `example.com. LOC ${row.input}` : row.input;
    // miekg's NewRR reads with origin "." and a default TTL of 3600.
    const text = `$ORIGIN .\n$TTL 3600\n${body}\n`;
    const shown = JSON.stringify(row.input).slice(1, -1);
    vectors.push({
      id,
      name: `${id} ${row.test} ${expect}${locFragment ? ` (LOC RDATA, bad ${presentation})` : ''}: ${shown.length > 70 ? `${shown.slice(0, 70)}…` : shown}`,
      kind: 'record',
      check() {
        const r = check(`file:///conformance/miekg-${index + 1}.txt`, text);
        const failures: Failure[] = [];
        const loadErrors = errorsOf(r, isLoadCode);
        if (expect === 'valid') {
          for (const d of loadErrors) failures.push(describe(r, d, 2));
          if (r.doc.skipped) failures.push(fail(`not checked: ${r.doc.skipped}`));
          if (presentation !== undefined) failures.push(...comparePresentation(r.doc.records, presentation).map((t) => fail(t)));
        } else if (r.doc.skipped === 'binary') {
          // A NUL byte makes the text "not a zone file": it is rejected as a whole (zone/binary-content).
        } else if (loadErrors.length === 0) {
          failures.push(fail('accepted, but miekg/dns rejects it'));
        } else if (locFragment && !loadErrors.some((d) => d.code === RDATA_CODE && d.message.toLowerCase().includes(presentation.toLowerCase()))) {
          failures.push(fail(`no RDATA error names the ${presentation}: ${show(loadErrors.map((d) => describe(r, d, 2)))}`));
        }
        return failures;
      },
    });
  });
  return vectors;
}

/** Compares owner (absolute, lower case), TTL, class and type with miekg's presentation line. */
function comparePresentation(records: readonly RecordSite[], presentation: string): string[] {
  const [owner, ttl, rrClass, type] = presentation.split('\t');
  if (records.length !== 1) return [`${records.length} records parsed, expected 1`];
  const rec = records[0]!;
  const failures: string[] = [];
  if (rec.owner !== owner!.toLowerCase()) failures.push(`owner ${rec.owner}, expected ${owner!.toLowerCase()}`);
  if (rec.ttl !== Number(ttl)) failures.push(`TTL ${rec.ttl}, expected ${ttl}`);
  if (rec.rrClass !== rrClass) failures.push(`class ${rec.rrClass}, expected ${rrClass}`);
  if (rec.type !== type) failures.push(`type ${rec.type}, expected ${type}`);
  return failures;
}

// ---------------------------------------------------------------------------------------------
// dnspython: RFC 9460 Appendix D SVCB RDATA, in presentation and in RFC 3597 generic form

/** Splits an RDATA-only file into entries: a line outside parentheses starts one, lines inside continue it. */
function rdataEntries(text: string): { line: number; rdata: string }[] {
  const entries: { line: number; rdata: string }[] = [];
  let depth = 0;
  let depthBefore = 0;
  text.split('\n').forEach((raw, i) => {
    let code = '';
    let quoted = false;
    for (let k = 0; k < raw.length; k++) {
      const ch = raw[k]!;
      if (ch === '\\') {
        code += raw.slice(k, k + 2);
        k++;
        continue;
      }
      if (ch === '"') quoted = !quoted;
      if (ch === ';' && !quoted) break;
      if (!quoted && ch === '(') depth++;
      if (!quoted && ch === ')') depth--;
      code += ch;
    }
    const continues = entries.length > 0 && depthBefore > 0;
    if (continues) entries[entries.length - 1]!.rdata += `\n${code}`;
    else if (code.trim() !== '') entries.push({ line: i + 1, rdata: code });
    depthBefore = depth;
  });
  return entries;
}

function svcbVectors(): Vector[] {
  const vectors: Vector[] = [];
  for (const file of ['svcb_test_vectors.text', 'svcb_test_vectors.generic']) {
    const rel = `dnspython/${file}`;
    for (const entry of rdataEntries(read(rel))) {
      const id = `${rel}:${entry.line}`;
      const text = `$ORIGIN example.\n$TTL 3600\nsvc SVCB ${entry.rdata}\n`;
      const shown = entry.rdata.replace(/\s+/g, ' ').trim();
      vectors.push({
        id,
        name: `${id} SVCB valid: ${shown.length > 70 ? `${shown.slice(0, 70)}…` : shown}`,
        kind: 'record',
        check() {
          const r = check(`file:///conformance/svcb-${entry.line}.txt`, text);
          const failures = errorsOf(r, isLoadCode).map((d) => describe(r, d, 2));
          if (r.doc.records.length !== 1 || r.doc.records[0]!.type !== 'SVCB') failures.push(fail(`${r.doc.records.length} records parsed, expected one SVCB`));
          return failures;
        },
      });
    }
  }
  return vectors;
}

// ---------------------------------------------------------------------------------------------

const files = fileCases().map(fileVector);
const npm = ['zonefile_forward', 'zonefile_reverse_ipv4', 'zonefile_reverse_ipv6'].map(npmVector);
const records = [...miekgVectors(), ...svcbVectors()];
const all = [...files, ...npm, ...records];
const ignored = new Map(IGNORED.map((e) => [e.id, e.reason]));

/** Ignore-list entries `<file>:<line>` that excuse one line of a whole-file vector. */
function lineIgnores(v: Vector): Map<number, string> {
  const lines = new Map<number, string>();
  if (v.kind !== 'file') return lines;
  for (const e of IGNORED) {
    if (e.id.startsWith(`${v.id}:`)) lines.set(Number(e.id.slice(v.id.length + 1)), e.reason);
  }
  return lines;
}

test('every zone file in the shared data is covered', () => {
  const covered = new Set(files.map((v) => v.id));
  const skip = /(LICENSE|\.json$|\.jsonl$|\.diffs$|\.cmp$|svcb_test_vectors\.)/;
  const walk = (dir: string): string[] =>
    fs.readdirSync(path.join(ZONEFILES, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(`${dir}/${e.name}`) : [`${dir}/${e.name}`]));
  const missing = fs
    .readdirSync(ZONEFILES)
    .flatMap((d) => walk(d))
    .filter((f) => !skip.test(f) && !covered.has(f));
  assert.deepEqual(missing, [], 'zone files without a case');
});

test('the ignore list names existing vectors, each with a reason', () => {
  const ids = new Set(all.map((v) => v.id));
  for (const entry of IGNORED) {
    const colon = entry.id.lastIndexOf(':');
    const fileLine = colon > 0 && files.some((f) => f.id === entry.id.slice(0, colon)) && /^\d+$/.test(entry.id.slice(colon + 1));
    assert.ok(ids.has(entry.id) || fileLine, `ignore-list entry ${entry.id} matches no vector: remove it from the ignore list`);
    assert.ok(entry.reason.trim().length > 20, `ignore-list entry ${entry.id} needs a reason`);
  }
  assert.equal(ignored.size, IGNORED.length, 'duplicate ids in the ignore list');
});

let passed = 0;
let ignoredCount = 0;
let excusedLines = 0;

for (const [group, vectors] of [
  ['zone files', files],
  ['dns-zonefile JSON', npm],
  ['record vectors', records],
] as const) {
  test(group, async (t) => {
    for (const v of vectors) {
      const reason = ignored.get(v.id);
      const lines = lineIgnores(v);
      const label = reason ? `${v.name} [ignored: ${reason}]` : lines.size > 0 ? `${v.name} [excused lines: ${[...lines.keys()].join(', ')}]` : v.name;
      await t.test(label, () => {
        const failures = v.check();
        if (reason) {
          assert.ok(failures.length > 0, `${v.id} passes now: remove it from the ignore list`);
          ignoredCount++;
          return;
        }
        for (const line of lines.keys()) {
          assert.ok(
            failures.some((f) => f.line === line),
            `${v.id}:${line} no longer fails: remove it from the ignore list`,
          );
        }
        const left = failures.filter((f) => f.line === undefined || !lines.has(f.line));
        assert.deepEqual(left.map((f) => f.text), [], `${v.id}:\n  ${left.map((f) => f.text).join('\n  ')}`);
        excusedLines += lines.size;
        passed++;
      });
    }
  });
}

test('summary: every vector was run, and the data is all there', () => {
  // An emptied vector file or a reader that finds nothing would otherwise pass unnoticed.
  assert.ok(files.length >= 60, `${files.length} zone files`);
  assert.ok(records.length >= 190, `${records.length} record vectors`);
  assert.equal(passed + ignoredCount, all.length);
  console.log(
    `zone-parser conformance: ${files.length} files, ${npm.length + records.length} vectors; ` +
      `${passed} passed (${excusedLines} lines excused), ${ignoredCount} ignored and still failing, ${IGNORED.length} ignore-list entries`,
  );
});
