/**
 * SPF conformance: (a) the OpenSPF suite (`spf/rfc7208-tests.yml`): the SPF record of every
 * test whose only result is permerror is flagged as an error, unless the permerror comes from
 * outside its syntax (listed with a reason); records of tests that do not expect permerror get
 * no error. (b) checkdmarc's record rows: error or not, as upstream says, except the listed rows.
 * Verdicts come from the language service's error diagnostics on a zone holding the records.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { getLanguageService } from '../../server/src/service/index';
import { escapeZoneString } from '../../server/src/service/policies/value-edits';
import { contentKind } from '../../server/src/service/policies/kinds';
import { ROOT } from '../support/paths';
import { CHECKDMARC_DISAGREE, CHECKDMARC_SEPARATE_NAMES, RFC7208_NOT_SYNTAX } from './spf-ignore';

const DATA = path.join(ROOT, '..', 'shared', 'data', 'spf');
const service = getLanguageService();

/**
 * The error codes our rules give a set of TXT values (each a list of strings) at the apex of
 * `origin`. The OpenSPF records go in a zone of their own (`conformance.invalid.`), so that the
 * names they include are outside it, as they are in the suite.
 */
function errorsOf(values: readonly (readonly string[])[], origin = 'example.com.'): string[] {
  const lines = [`$ORIGIN ${origin}`, '@ IN SOA ns1 hostmaster 1 7200 3600 1209600 3600', '@ IN NS ns1', 'ns1 IN A 192.0.2.53'];
  for (const strings of values) lines.push(`@ IN TXT ${strings.map((s) => `"${escapeZoneString(s, true)}"`).join(' ')}`);
  const text = lines.join('\n') + '\n';
  const doc = service.parse({ uri: `file:///conformance/${origin}zone`, text, languageId: 'dns-zone' })!;
  return service
    .validate(doc)
    .filter((d) => d.severity === 'error' && d.code.startsWith('spf/'))
    .map((d) => `${d.code} ${text.slice(d.range.start, d.range.end)}`);
}

type Zone = Record<string, unknown>;

function spfStrings(zone: Zone, name: string): string[][] {
  const key = Object.keys(zone).find((k) => k.toLowerCase() === name.toLowerCase());
  const records = key ? zone[key] : undefined;
  if (!Array.isArray(records)) return [];
  const asStrings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : [String(v)]);
  const txt = records.filter((r): r is { TXT: unknown } => typeof r === 'object' && r !== null && 'TXT' in r).map((r) => asStrings(r.TXT));
  // An SPF entry is served as TXT unless the name has its own TXT.
  const spf = records.filter((r): r is { SPF: unknown } => typeof r === 'object' && r !== null && 'SPF' in r).map((r) => asStrings(r.SPF));
  return (txt.length > 0 ? txt : spf).filter((s) => contentKind(s.join('')) === 'spf');
}

interface SuiteTest {
  readonly result: string | string[];
  readonly mailfrom?: string;
  readonly helo?: string;
}

test('OpenSPF suite: syntax permerrors are errors, passing records are not', () => {
  const text = fs.readFileSync(path.join(DATA, 'rfc7208-tests.yml'), 'latin1');
  let flagged = 0;
  let clean = 0;
  const missed: string[] = [];
  const falseAlarms: string[] = [];
  const usedReasons = new Set<string>();
  for (const doc of parseAllDocuments(text)) {
    const scenario = doc.toJS() as { zonedata?: Zone; tests?: Record<string, SuiteTest> };
    const zone = scenario.zonedata ?? {};
    for (const [name, t] of Object.entries(scenario.tests ?? {})) {
      const results = ([] as string[]).concat(t.result);
      const from = t.mailfrom && t.mailfrom.includes('@') ? t.mailfrom.slice(t.mailfrom.lastIndexOf('@') + 1) : t.mailfrom;
      const domain = from || t.helo || '';
      const records = spfStrings(zone, domain);
      if (records.length === 0) continue;
      // Each record on its own (several records at one name are the document rule's business).
      const errors = records.flatMap((r) => errorsOf([r], 'conformance.invalid.'));
      if (results.length === 1 && results[0] === 'permerror') {
        if (errors.length > 0) flagged++;
        else if (RFC7208_NOT_SYNTAX[name]) usedReasons.add(name);
        else missed.push(`${name}: ${JSON.stringify(records)}`);
      } else if (!results.includes('permerror')) {
        if (errors.length > 0) falseAlarms.push(`${name} (${results.join('/')}): ${errors.join('; ')}`);
        else clean++;
      }
    }
  }
  assert.deepEqual(missed, [], 'syntax permerrors not flagged');
  assert.deepEqual(falseAlarms, [], 'records of passing tests flagged as errors');
  assert.deepEqual([...usedReasons].sort(), Object.keys(RFC7208_NOT_SYNTAX).sort(), 'every listed reason is still needed');
  assert.ok(flagged >= 30, `flagged ${flagged}`);
  assert.ok(clean >= 100, `clean ${clean}`);
});

test('OpenSPF suite: the non-syntax permerrors that rules across records can see are found there', () => {
  // multitxt1: two records at one name.
  assert.ok(errorsOf([['v=spf1 -all'], ['v=spf1 +all']]).some((e) => e.startsWith('spf/multiple-records')));
  // mech-over-limit: 11 querying terms.
  assert.ok(errorsOf([['v=spf1 a mx a mx a mx a mx a ptr a ip4:1.2.3.4 -all']]).some((e) => e.startsWith('spf/too-many-lookups')));
  // include of the record's own name.
  assert.ok(errorsOf([['v=spf1 ip4:1.1.1.1 redirect=example.com']]).some((e) => e.startsWith('spf/include-loop')));
});

/** The strings of a checkdmarc record: presentation form (`"a" "b"`) or plain text. */
function stringsOf(record: string): string[] {
  if (!record.startsWith('"')) return [record];
  const out: string[] = [];
  let i = 0;
  while (i < record.length) {
    if (record[i] !== '"') {
      i++;
      continue;
    }
    let s = '';
    i++;
    while (i < record.length && record[i] !== '"') {
      if (record[i] === '\\') i++;
      s += record[i++] ?? '';
    }
    i++;
    out.push(s);
  }
  return out;
}

test('checkdmarc SPF rows agree with our error verdicts, or say why not', () => {
  const rows = fs
    .readFileSync(path.join(DATA, 'record-syntax-checkdmarc.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as { test: string; records: string[]; expect: string });
  const disagree: string[] = [];
  const used = new Set<string>();
  let agreed = 0;
  for (const row of rows) {
    const values = row.records.map(stringsOf);
    const errors = CHECKDMARC_SEPARATE_NAMES.has(row.test) ? values.flatMap((v) => errorsOf([v])) : errorsOf(values);
    const ours = errors.length > 0;
    const theirs = row.expect === 'invalid';
    if (ours === theirs) {
      agreed++;
      continue;
    }
    if (CHECKDMARC_DISAGREE[row.test]) used.add(row.test);
    else disagree.push(`${row.test} (${row.expect}): ours ${ours ? errors.join('; ') : 'no error'} for ${JSON.stringify(row.records)}`);
  }
  assert.deepEqual(disagree, []);
  assert.deepEqual([...used].sort(), Object.keys(CHECKDMARC_DISAGREE).sort(), 'every listed disagreement still occurs');
  assert.ok(agreed >= 60, `agreed ${agreed} of ${rows.length}`);
});
