/**
 * Conformance of the MTA-STS policy file with upstream vectors (`../shared/data/mta-sts/*.jsonl`):
 * go-mtasts `mta-sts-policy` and `mta-sts-mx-match` rows, and checkdmarc's policy-file rows.
 * A policy is valid for us when no diagnostic is an error. Where a row disagrees with RFC 8461 we
 * follow the RFC; each such row is listed in DISAGREE with the reason.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getLanguageService } from '../../server/src/service/index';
import { mxMatches } from '../../server/src/service/policies/mta-sts/policy-file/mx-pattern';
import { SHARED_DATA } from '../support/paths';

interface Row {
  readonly kind: string;
  readonly records?: string[];
  readonly expect?: string;
  readonly mx_host?: string;
  readonly policy_mx_patterns?: string[];
  readonly expect_match?: boolean;
  readonly requires_dns_context?: boolean;
  readonly test: string;
  readonly source: { repo: string; line: number };
}

const DIR = path.join(SHARED_DATA, 'mta-sts');
const rows: Row[] = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .flatMap((f) =>
    fs
      .readFileSync(path.join(DIR, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Row),
  );

const key = (r: Row) => `${r.source.repo}:${r.source.line}`;

/** Rows where RFC 8461 says otherwise than the upstream library, and why. */
const DISAGREE: Readonly<Record<string, string>> = {
  'domainaware/checkdmarc:154':
    'checkdmarc rejects an unknown key (`badkey: badvalue`). RFC 8461 §3.2: the policy may contain additional key/value pairs, and "unknown fields SHALL be ignored"; we report it as information (mta-sts/policy-unknown-key), so the policy stays valid.',
};

/** Policy-file text rows: go-mtasts `mta-sts-policy`; checkdmarc `mta-sts` rows whose text is a policy file, not a TXT record. */
const policyRows = rows.filter(
  (r) =>
    (r.kind === 'mta-sts-policy' || (r.kind === 'mta-sts' && r.records?.length === 1 && !r.records[0]!.startsWith('v=') && !r.requires_dns_context)) &&
    (r.expect === 'valid' || r.expect === 'invalid'),
);

const service = getLanguageService();

test('the vector files hold policy and mx-match rows', () => {
  assert.ok(policyRows.length >= 20, `${policyRows.length} policy rows`);
  assert.ok(rows.filter((r) => r.kind === 'mta-sts-mx-match').length >= 10);
});

for (const row of policyRows) {
  test(`policy ${key(row)} ${row.test} (${row.expect})`, () => {
    const text = row.records![0]!;
    const parsed = service.parse({ uri: 'file:///vectors/mta-sts.txt', text, languageId: 'mta-sts-policy' })!;
    const errors = service.validate(parsed).filter((d) => d.severity === 'error');
    const valid = errors.length === 0;
    const reason = DISAGREE[key(row)];
    const want = reason ? row.expect !== 'valid' : row.expect === 'valid';
    assert.equal(valid, want, `${JSON.stringify(text)}: ${errors.map((d) => `${d.code}: ${d.message}`).join('; ') || 'no errors'}${reason ? ` (we differ from upstream: ${reason})` : ''}`);
  });
}

for (const row of rows.filter((r) => r.kind === 'mta-sts-mx-match')) {
  test(`mx match ${key(row)}: ${row.mx_host} against ${row.policy_mx_patterns!.join(', ')}`, () => {
    const matched = row.policy_mx_patterns!.some((p) => mxMatches(row.mx_host!, p));
    assert.equal(matched, row.expect_match);
  });
}

test('every disagreement names a row that exists', () => {
  for (const k of Object.keys(DISAGREE)) assert.ok(policyRows.some((r) => key(r) === k), k);
});
