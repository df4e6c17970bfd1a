/**
 * Conformance: the DMARC record vectors of checkdmarc and mailauth (../shared/data/dmarc/*.jsonl)
 * against our verdicts. Each record is published as `_dmarc.example.com` TXT in a small zone and
 * validated; the verdict compares as follows:
 *   valid               no error and no warning (information and hints are advice);
 *   valid-with-warnings no error, and at least one diagnostic;
 *   invalid             at least one error;
 *   lenient             (the library accepts what the RFC does not) at least one error or warning.
 * Where we follow the RFC (or cannot judge without DNS), `dmarc-vectors-reasons.ts` gives the
 * reason, row by row; a reason for a row that agrees fails the test too, so the list stays true.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getLanguageService, type ServiceDiagnostic } from '../../server/src/service/index';
import { escapeZoneString } from '../../server/src/service/policies/value-edits';
import { SHARED_DATA } from '../support/paths';
import { REASONS } from './dmarc-vectors-reasons';

interface Row {
  readonly kind: string;
  readonly records: readonly string[];
  readonly txt_chunks?: readonly string[] | null;
  readonly expect: 'valid' | 'invalid' | 'valid-with-warnings' | 'lenient' | 'scenario';
  readonly expected_error?: readonly string[] | null;
  readonly note?: string | null;
  readonly requires_dns_context?: boolean | null;
  readonly test?: string;
}

const service = getLanguageService();
const HEADER = '$ORIGIN example.com.\n$TTL 3600\n@ IN SOA ns1 hostmaster 1 7200 3600 1209600 3600\n@ IN NS ns1\nns1 IN A 192.0.2.53\n';

function quoted(text: string): string {
  return `"${escapeZoneString(text, true)}"`;
}

/**
 * checkdmarc's tests of `verify_dmarc_report_destination`: their record is the authorisation
 * record `example.com._report._dmarc.example.net` TXT `v=DMARC1`, not a policy record.
 */
const AUTHORIZATION_TESTS = new Set(['testWildcardFound', 'testUnrelatedRecordRaises', 'testUnrelatedRecordIgnored', 'testSpecificAuthorizationRecordFound', 'testUnrelatedRecordsBecomeUnverifiedDestination']);

/** Our diagnostics for records published together at `_dmarc.example.com` (or at `owner`). */
function diagnose(records: readonly (readonly string[])[], owner = '_dmarc'): ServiceDiagnostic[] {
  const text = HEADER + records.map((chunks) => `${owner} IN TXT ${chunks.map(quoted).join(' ')}\n`).join('');
  const doc = service.parse({ uri: 'file:///conformance/example.com.zone', text, languageId: 'dns-zone' })!;
  return service.validate(doc).filter((d) => /^(dmarc|policy|txt)\//.test(String(d.code)));
}

function agrees(expect: Row['expect'], diagnostics: readonly ServiceDiagnostic[]): boolean {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  switch (expect) {
    case 'valid':
      return errors === 0 && warnings === 0;
    case 'valid-with-warnings':
      return errors === 0 && diagnostics.length > 0;
    case 'invalid':
      return errors > 0;
    case 'lenient':
      return errors + warnings > 0;
    default:
      return false;
  }
}

/** Rows whose records are several TXT records at one name (not separate inputs). */
function together(row: Row): boolean {
  return (row.expected_error ?? []).includes('MultipleDMARCRecords') || /two DMARC records/.test(row.note ?? '');
}

interface Outcome {
  readonly id: string;
  readonly expect: string;
  readonly agree: boolean;
  readonly ours: string;
  readonly input: string;
}

function evaluate(file: string): Outcome[] {
  const rows = fs
    .readFileSync(path.join(SHARED_DATA, 'dmarc', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Row);
  const out: Outcome[] = [];
  rows.forEach((row, index) => {
    const base = `${file.replace('.jsonl', '')}#${index}`;
    const inputs: (readonly (readonly string[])[])[] = together(row)
      ? [row.records.map((r) => [r])]
      : row.records.map((r) => [row.txt_chunks && row.records.length === 1 ? row.txt_chunks : [r]]);
    inputs.forEach((records, k) => {
      const id = inputs.length > 1 ? `${base}.${k}` : base;
      const diagnostics = diagnose(records, AUTHORIZATION_TESTS.has(row.test ?? '') ? 'example.com._report._dmarc.example.net.' : '_dmarc');
      out.push({
        id,
        expect: row.expect,
        agree: row.expect !== 'scenario' && agrees(row.expect, diagnostics),
        ours: diagnostics.map((d) => `${d.code}(${d.severity})`).join(' ') || '(nothing)',
        input: records.map((r) => r.join('')).join(' | '),
      });
    });
  });
  return out;
}

for (const [file, count] of [
  ['checkdmarc.jsonl', 61],
  ['mailauth.jsonl', 18],
] as const) {
  test(`DMARC vectors: ${file}`, () => {
    const outcomes = evaluate(file);
    const rows = new Set(outcomes.map((o) => o.id.split('.')[0]));
    assert.equal(rows.size, count, `${file}: row count`);
    const unexplained = outcomes.filter((o) => !o.agree && !REASONS[o.id]);
    const stale = outcomes.filter((o) => o.agree && REASONS[o.id]);
    assert.deepEqual(
      unexplained.map((o) => `${o.id} expect ${o.expect}: ${o.input} → ${o.ours}`),
      [],
      'disagreements without a written reason',
    );
    assert.deepEqual(
      stale.map((o) => o.id),
      [],
      'reasons for rows that agree',
    );
    const agreed = outcomes.filter((o) => o.agree).length;
    assert.ok(agreed > 0);
  });
}

test('every reason names a row of the vectors', () => {
  const ids = new Set([...evaluate('checkdmarc.jsonl'), ...evaluate('mailauth.jsonl')].map((o) => o.id));
  assert.deepEqual(
    Object.keys(REASONS).filter((id) => !ids.has(id)),
    [],
  );
});

interface Scenario {
  readonly id: string;
  readonly dns: Readonly<Record<string, { TXT?: readonly (readonly string[])[] }>>;
}

/** What RFC 9989 says of the records in mailauth's evaluation scenarios, where it is about the record. */
const SCENARIO_CODES: Readonly<Record<string, readonly string[]>> = {
  // §4.10: several DMARC records at a name: no policy applies.
  'rfc9989-74': ['dmarc/multiple-records'],
  'rfc9989-87': ['dmarc/multiple-records'],
  // §4.10.1: no p and no rua: no DMARC processing.
  'rfc9989-412': ['dmarc/missing-p-and-rua'],
  // No p but a valid rua: treated as p=none (a warning, not an error).
  'rfc9989-398': ['dmarc/missing-p'],
  // §4.7: the version is case-sensitive, and `DMARC1x` is not a version: the record is ignored.
  'rfc9989-431': ['dmarc/invalid-version'],
  'rfc9989-444': ['dmarc/invalid-version'],
  // Non-DMARC TXT records at `_dmarc` are ignored.
  'rfc9989-104': ['dmarc/unrelated-txt'],
  'rfc9989-243': ['dmarc/weaker-subdomain-policy'],
  'rfc9989-257': ['dmarc/weaker-subdomain-policy'],
  'rfc9989-274': ['dmarc/weaker-subdomain-policy'],
  'rfc9989-342': ['dmarc/testing'],
  'rfc9989-356': ['dmarc/testing'],
  'rfc9989-133': ['dmarc/removed-tag'],
  'rfc9989-379': ['dmarc/removed-tag'],
};

test('RFC 9989 scenarios (mailauth): record verdicts follow the RFC', () => {
  const { cases } = JSON.parse(fs.readFileSync(path.join(SHARED_DATA, 'dmarc', 'mailauth-rfc9989-scenarios.json'), 'utf8')) as { cases: Scenario[] };
  assert.ok(cases.length > 20);
  for (const c of cases) {
    const lines: string[] = [];
    for (const [name, data] of Object.entries(c.dns)) {
      for (const chunks of data.TXT ?? []) lines.push(`${name}. IN TXT ${chunks.map(quoted).join(' ')}`);
    }
    const text = HEADER + lines.join('\n') + '\n';
    const doc = service.parse({ uri: 'file:///conformance/example.com.zone', text, languageId: 'dns-zone' })!;
    const diagnostics = service.validate(doc).filter((d) => /^(dmarc|policy)\//.test(String(d.code)));
    const codes = new Set(diagnostics.map((d) => String(d.code)));
    for (const code of SCENARIO_CODES[c.id] ?? []) assert.ok(codes.has(code), `${c.id}: expected ${code}, got ${[...codes].join(', ')}`);
    // Every other record in the scenarios is valid: no errors, and warnings only where listed.
    for (const d of diagnostics) {
      if (d.severity === 'error' || d.severity === 'warning') assert.ok((SCENARIO_CODES[c.id] ?? []).includes(String(d.code)), `${c.id}: unexpected ${d.code}: ${d.message}`);
    }
  }
});
