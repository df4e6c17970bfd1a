/**
 * MTA-STS TXT record conformance against `../shared/data/mta-sts/`: the `mta-sts-txt` rows of
 * go-mtasts, and the checkdmarc rows whose records are TXT records (`v=STSv1...`; the policy-file
 * rows are checked with the policy-file rules).
 *
 * Each row's records are published as TXT records at `_mta-sts.example.com.` and Zonemail's
 * verdict is taken from the `mta-sts/txt-*` and `policy/*` diagnostics: any error → `invalid`,
 * else any warning → `valid-with-warnings`, else `valid`. No row disagrees with upstream today;
 * a disagreement would be listed in REASONS with our verdict and the RFC 8461 reason.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getLanguageService } from '../../server/src/service/index';
import { escapeZoneString } from '../../server/src/service/policies/value-edits';
import { SHARED_DATA } from '../support/paths';

type Verdict = 'valid' | 'valid-with-warnings' | 'invalid';

/** Keyed by `file:line` (1-based). */
const REASONS: Record<string, { verdict: Verdict; reason: string }> = {};

const service = getLanguageService();
const counted = (code: string) => code.startsWith('mta-sts/txt-') || code.startsWith('policy/');

function verdictOf(records: readonly string[]): { verdict: Verdict; detail: string } {
  const lines = [
    '$ORIGIN example.com.',
    '$TTL 3600',
    '@ IN SOA ns1 hostmaster 2024010101 7200 3600 1209600 3600',
    '@ IN NS ns1',
    'ns1 IN A 192.0.2.53',
    ...records.map((r) => `_mta-sts IN TXT "${escapeZoneString(r, true)}"`),
  ];
  const parsed = service.parse({ uri: 'file:///conformance/example.com.zone', text: `${lines.join('\n')}\n`, languageId: 'dns-zone' });
  assert.ok(parsed);
  const diagnostics = service.validate(parsed).filter((d) => counted(d.code));
  const verdict: Verdict = diagnostics.some((d) => d.severity === 'error') ? 'invalid' : diagnostics.some((d) => d.severity === 'warning') ? 'valid-with-warnings' : 'valid';
  return { verdict, detail: `${JSON.stringify(records)} → ${verdict}: ${diagnostics.map((d) => `${d.code} (${d.severity})`).join(', ') || 'no diagnostics'}` };
}

const agrees = (expect: string, verdict: Verdict) => (expect === 'valid-with-warnings' ? verdict !== 'invalid' : expect === verdict);

let checked = 0;
for (const file of ['foxcpp-go-mtasts.jsonl', 'checkdmarc.jsonl']) {
  const rows = fs
    .readFileSync(path.join(SHARED_DATA, 'mta-sts', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  rows.forEach((json, index) => {
    const line = index + 1;
    const row = JSON.parse(json) as { kind: string; records: string[]; expect: string; test?: string };
    const isTxt = row.kind === 'mta-sts-txt' || (row.kind === 'mta-sts' && row.records.every((r) => r.startsWith('v=STSv1')));
    if (!isTxt) return;
    test(`${file}:${line} ${row.test ?? ''} ${JSON.stringify(row.records)} (${row.expect})`, () => {
      checked++;
      const { verdict, detail } = verdictOf(row.records);
      const reason = REASONS[`${file}:${line}`];
      if (reason) {
        assert.ok(!agrees(row.expect, verdict), `${file}:${line} agrees with upstream now; remove it from REASONS. ${detail}`);
        assert.equal(verdict, reason.verdict, detail);
      } else {
        assert.ok(agrees(row.expect, verdict), `${file}:${line}: upstream says ${row.expect}; ${detail}`);
      }
    });
  });
}

test('MTA-STS TXT vectors: the TXT rows were all checked', () => {
  assert.equal(checked, 14);
});
