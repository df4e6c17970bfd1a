/**
 * DKIM key record conformance against other projects' vectors (`../shared/data/dkim/key-records.jsonl`:
 * dkimpy, go-msgauth, mailauth, mail-auth). Each row becomes a TXT record at its owner (or
 * `test._domainkey.example.com.`), written as its original character-strings when given, and
 * Zonemail's verdict from the DKIM rules is compared with the upstream one:
 * `invalid` (an error), `valid-with-warnings` (a warning, no error), `valid` (no error),
 * `revoked` (dkim/revoked-key), `lenient` (the library accepts what the RFC does not: upstream
 * counts it valid).
 * Rows where Zonemail follows the RFC instead are listed with reasons in `dkim-keys-reasons.ts`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getLanguageService, type ServiceDiagnostic } from '../../server/src/service/index';
import { chunkValue } from '../../server/src/service/policies/value-edits';
import { SHARED_DATA } from '../support/paths';
import { DKIM_REASONS, type Verdict } from './dkim-keys-reasons';

interface Row {
  readonly kind: string;
  readonly owner: string | null;
  readonly records: readonly string[];
  readonly txt_chunks: readonly string[] | null;
  readonly expect: 'valid' | 'invalid' | 'valid-with-warnings' | 'revoked' | 'lenient';
  readonly note: string | null;
}

const FILE = path.join(SHARED_DATA, 'dkim', 'key-records.jsonl');
const service = getLanguageService();
const rows = fs
  .readFileSync(FILE, 'utf8')
  .split('\n')
  .map((line, i) => ({ line: i + 1, text: line }))
  .filter((l) => l.text.trim() !== '')
  .map((l) => ({ line: l.line, row: JSON.parse(l.text) as Row }));

const quote = (s: string) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

function diagnose(row: Row): ServiceDiagnostic[] {
  const owner = `${(row.owner ?? 'test._domainkey.example.com').toLowerCase()}.`;
  const lines = row.records.map((r) => {
    const chunks = row.records.length === 1 && row.txt_chunks ? row.txt_chunks : chunkValue(r);
    return `${owner} 3600 IN TXT ( ${chunks.map(quote).join(' ')} )`;
  });
  const text = `$ORIGIN ${owner}\n$TTL 3600\n${lines.join('\n')}\n`;
  const doc = service.parse({ uri: 'file:///conformance/dkim.zone', text, languageId: 'dns-zone' })!;
  return service.validate(doc).filter((d) => d.code.startsWith('dkim/') || d.code.startsWith('policy/') || d.code.startsWith('txt/'));
}

function verdictOf(diagnostics: readonly ServiceDiagnostic[]): Verdict {
  if (diagnostics.some((d) => d.severity === 'error')) return 'invalid';
  if (diagnostics.some((d) => d.code === 'dkim/revoked-key')) return 'revoked';
  if (diagnostics.some((d) => d.severity === 'warning')) return 'valid-with-warnings';
  return 'valid';
}

function agrees(expect: Row['expect'], verdict: Verdict): boolean {
  switch (expect) {
    case 'valid':
    // `lenient`: the upstream library accepts the record (what the RFC does not).
    case 'lenient':
      return verdict === 'valid' || verdict === 'valid-with-warnings';
    case 'valid-with-warnings':
      return verdict === 'valid-with-warnings';
    case 'invalid':
      return verdict === 'invalid';
    case 'revoked':
      return verdict === 'revoked';
  }
}

test('the vector file has the 21 rows this test was written for', () => {
  assert.equal(rows.length, 21);
  assert.ok(rows.every((r) => r.row.kind === 'dkim-key'));
});

const used = new Set<number>();
for (const { line, row } of rows) {
  test(`key-records.jsonl:${line} (${row.expect}) ${row.note ?? ''}`.trim(), () => {
    const diagnostics = diagnose(row);
    const verdict = verdictOf(diagnostics);
    const shown = diagnostics.map((d) => `${d.code} (${d.severity}): ${d.message}`).join('\n  ');
    const reason = DKIM_REASONS.find((r) => r.line === line);
    if (reason) {
      used.add(line);
      assert.ok(!agrees(row.expect, verdict), `line ${line} now agrees with upstream; remove it from dkim-keys-reasons.ts`);
      assert.equal(verdict, reason.verdict, `line ${line}: expected our verdict ${reason.verdict}:\n  ${shown}`);
      return;
    }
    assert.ok(agrees(row.expect, verdict), `line ${line}: upstream says ${row.expect}, Zonemail ${verdict}:\n  ${shown}`);
  });
}

test('every listed reason names a row of the file', () => {
  for (const r of DKIM_REASONS) assert.ok(rows.some((row) => row.line === r.line), `no row at line ${r.line}`);
});
