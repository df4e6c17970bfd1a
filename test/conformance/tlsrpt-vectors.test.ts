/**
 * TLS-RPT record conformance against `../shared/data/tlsrpt/checkdmarc.jsonl`.
 *
 * Each row's records are published as TXT records at `_smtp._tls.example.com.` and Zonemail's
 * verdict is taken from the `tls-rpt/*` and `policy/*` diagnostics: any error → `invalid`, else
 * any warning → `valid-with-warnings`, else `valid`. Rows where we follow RFC 8460 instead of
 * checkdmarc are listed in REASONS with our verdict and why; a listed row that agrees with
 * upstream fails, so stale entries get removed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getLanguageService } from '../../server/src/service/index';
import { escapeZoneString } from '../../server/src/service/policies/value-edits';
import { SHARED_DATA } from '../support/paths';

type Verdict = 'valid' | 'valid-with-warnings' | 'invalid';

/** Keyed by 1-based line. */
const REASONS: Record<number, { verdict: Verdict; reason: string }> = {
  5: {
    verdict: 'valid-with-warnings',
    reason:
      'An SPF record at `_smtp._tls`. It is a well-formed SPF record in the wrong place: policy/wrong-owner reports it as a warning, as for every policy at the wrong owner. Senders discard it as a TLS-RPT record (RFC 8460 §3), so the domain simply has no TLS-RPT record, which is not an error in itself.',
  },
};

const service = getLanguageService();
const counted = (code: string) => code.startsWith('tls-rpt/') || code.startsWith('policy/');

function verdictOf(records: readonly string[]): { verdict: Verdict; detail: string } {
  const lines = [
    '$ORIGIN example.com.',
    '$TTL 3600',
    '@ IN SOA ns1 hostmaster 2024010101 7200 3600 1209600 3600',
    '@ IN NS ns1',
    'ns1 IN A 192.0.2.53',
    ...records.map((r) => `_smtp._tls IN TXT "${escapeZoneString(r, true)}"`),
  ];
  const parsed = service.parse({ uri: 'file:///conformance/example.com.zone', text: `${lines.join('\n')}\n`, languageId: 'dns-zone' });
  assert.ok(parsed);
  const diagnostics = service.validate(parsed).filter((d) => counted(d.code));
  const verdict: Verdict = diagnostics.some((d) => d.severity === 'error') ? 'invalid' : diagnostics.some((d) => d.severity === 'warning') ? 'valid-with-warnings' : 'valid';
  return { verdict, detail: `${JSON.stringify(records)} → ${verdict}: ${diagnostics.map((d) => `${d.code} (${d.severity})`).join(', ') || 'no diagnostics'}` };
}

const agrees = (expect: string, verdict: Verdict) => (expect === 'valid-with-warnings' ? verdict !== 'invalid' : expect === verdict);

const rows = fs
  .readFileSync(path.join(SHARED_DATA, 'tlsrpt', 'checkdmarc.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '');
let checked = 0;
rows.forEach((json, index) => {
  const line = index + 1;
  const row = JSON.parse(json) as { kind: string; records: string[]; expect: string; test?: string };
  if (row.kind !== 'tlsrpt') return;
  test(`checkdmarc.jsonl:${line} ${row.test ?? ''} (${row.expect})`, () => {
    checked++;
    const { verdict, detail } = verdictOf(row.records);
    const reason = REASONS[line];
    if (reason) {
      assert.ok(!agrees(row.expect, verdict), `line ${line} agrees with upstream now; remove it from REASONS. ${detail}`);
      assert.equal(verdict, reason.verdict, detail);
    } else {
      assert.ok(agrees(row.expect, verdict), `line ${line}: upstream says ${row.expect}; ${detail}`);
    }
  });
});

test('TLS-RPT vectors: every row was checked', () => {
  assert.ok(rows.length >= 10, `${rows.length} rows`);
  assert.equal(checked, rows.length);
});
