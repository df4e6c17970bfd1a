/**
 * BIMI record conformance against `../shared/data/bimi/` (checkdmarc and mailauth rows).
 *
 * Each row's records are published as TXT records at `default._bimi.example.com.` in a small
 * zone that also holds an enforcing DMARC record (`p=reject`), and Zonemail's verdict is taken
 * from the `bimi/*` and `policy/*` diagnostics: any error → `invalid`, else any warning →
 * `valid-with-warnings`, else `valid` (information such as "no VMC" does not count). Upstream
 * `valid-with-warnings` accepts `valid` too (the upstream warnings are about the fetched SVG or
 * certificate). `scenario` rows (end-to-end lookups) must not be `invalid`.
 *
 * Where we follow the draft (draft-brand-indicators-for-message-identification) instead of the
 * upstream library, the row is listed in REASONS with our verdict and why; a listed row that
 * agrees with upstream fails, so stale entries get removed. Rows that hold SVG documents are
 * about live logo checks, not DNS records, and are skipped (their BIMI records are still checked).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getLanguageService, type ServiceDiagnostic } from '../../server/src/service/index';
import { escapeZoneString } from '../../server/src/service/policies/value-edits';
import { SHARED_DATA } from '../support/paths';

type Verdict = 'valid' | 'valid-with-warnings' | 'invalid';

interface Row {
  readonly kind: string;
  readonly records: readonly string[];
  readonly expect: string;
  readonly test?: string;
  readonly note?: string;
}

/** How a row is published when the plain form does not fit it. */
interface Setup {
  /** Owner of the BIMI records (relative to `example.com.`). */
  readonly owner?: string;
  /** The DMARC record of `example.com.` (default `v=DMARC1; p=reject`). */
  readonly dmarc?: string;
  /** Extra zone lines. */
  readonly extra?: readonly string[];
  /** Check each record on its own (the row lists separate inputs, each with the expectation). */
  readonly separately?: boolean;
  /** Indexes of `records` that are not DNS records. */
  readonly drop?: readonly number[];
  /** Split each record into two character-strings after the first `https:`. */
  readonly splitAfterHttps?: boolean;
  /** Why the row cannot be checked offline at all. */
  readonly skip?: string;
}

const SETUPS: Record<string, Record<number, Setup>> = {
  'checkdmarc.jsonl': {
    7: { separately: true },
    9: { extra: ['default._bimi IN TXT "google-site-verification=abc"'] },
    10: { owner: '@' },
    20: { dmarc: 'v=DMARC1; p=bogus' },
    21: { dmarc: 'v=DMARC1; p=none' },
    22: { skip: 'an SVG document (live logo check), not a DNS record' },
    24: { skip: 'NXDOMAIN scenario: the record is not published at all' },
  },
  'mailauth-bimi.jsonl': {
    1: { splitAfterHttps: true },
    2: { splitAfterHttps: true },
    3: { splitAfterHttps: true },
    4: { drop: [0], splitAfterHttps: true },
    5: { splitAfterHttps: true },
    6: { splitAfterHttps: true },
    7: { splitAfterHttps: true },
    8: { splitAfterHttps: true },
  },
};

/** Rows where Zonemail's verdict differs from upstream, with the reason. Keyed by file and 1-based line. */
const REASONS: Record<string, Record<number, { verdict: Verdict; reason: string }>> = {
  'checkdmarc.jsonl': {
    2: { verdict: 'invalid', reason: 'No `l=` tag. The draft (§4.3) makes `l=` REQUIRED in the ABNF and says a missing required tag is an error; checkdmarc tests the `lps=` parser in isolation. bimi/missing-location.' },
    3: { verdict: 'invalid', reason: 'As line 2: `lps=` without the required `l=` (§4.3).' },
    4: { verdict: 'invalid', reason: 'As line 2: `lps=` without the required `l=` (§4.3).' },
    5: { verdict: 'invalid', reason: 'As line 2: `lps=` without the required `l=` (§4.3).' },
    6: { verdict: 'invalid', reason: 'As line 2: `lps=` without the required `l=` (§4.3).' },
    10: {
      verdict: 'valid-with-warnings',
      reason: 'A BIMI record at the apex. Receivers never look there, but the record itself is well-formed: policy/wrong-owner reports the place as a warning, as it does for every policy kind at the wrong owner.',
    },
    19: { verdict: 'invalid', reason: '`v=BIMI1; avp=brand` has no `l=`, which the draft requires (§4.3); bimi/missing-location.' },
  },
};

const service = getLanguageService();
const BIMI_DIR = path.join(SHARED_DATA, 'bimi');
const counted = (code: string) => code.startsWith('bimi/') || code.startsWith('policy/');

function quote(text: string, splitAfterHttps: boolean): string {
  const at = splitAfterHttps ? text.indexOf('https:') : -1;
  if (at < 0) return `"${escapeZoneString(text, true)}"`;
  const cut = at + 'https:'.length;
  return `"${escapeZoneString(text.slice(0, cut), true)}" "${escapeZoneString(text.slice(cut), true)}"`;
}

function verdictOf(records: readonly string[], setup: Setup): { verdict: Verdict; diagnostics: ServiceDiagnostic[] } {
  const owner = setup.owner ?? 'default._bimi';
  const lines = [
    '$ORIGIN example.com.',
    '$TTL 3600',
    '@ IN SOA ns1 hostmaster 2024010101 7200 3600 1209600 3600',
    '@ IN NS ns1',
    'ns1 IN A 192.0.2.53',
    `_dmarc IN TXT ${quote(setup.dmarc ?? 'v=DMARC1; p=reject', false)}`,
    ...records.map((r) => `${owner} IN TXT ${quote(r, !!setup.splitAfterHttps)}`),
    ...(setup.extra ?? []),
  ];
  const parsed = service.parse({ uri: 'file:///conformance/example.com.zone', text: `${lines.join('\n')}\n`, languageId: 'dns-zone' });
  assert.ok(parsed);
  const diagnostics = service.validate(parsed).filter((d) => counted(d.code));
  const verdict: Verdict = diagnostics.some((d) => d.severity === 'error') ? 'invalid' : diagnostics.some((d) => d.severity === 'warning') ? 'valid-with-warnings' : 'valid';
  return { verdict, diagnostics };
}

function agrees(expect: string, verdict: Verdict): boolean {
  if (expect === 'scenario') return verdict !== 'invalid';
  if (expect === 'valid-with-warnings') return verdict !== 'invalid';
  return expect === verdict;
}

let checked = 0;
let disagreements = 0;
const notApplicable: string[] = [];
for (const file of ['checkdmarc.jsonl', 'mailauth-bimi.jsonl']) {
  const rows = fs.readFileSync(path.join(BIMI_DIR, file), 'utf8').split('\n').filter((l) => l.trim() !== '');
  rows.forEach((json, index) => {
    const line = index + 1;
    const row = JSON.parse(json) as Row;
    if (row.kind !== 'bimi') return;
    const setup = SETUPS[file]?.[line] ?? {};
    // SVG documents are for the live logo check; keep the DNS records of the row.
    const records = row.records.filter((r, i) => !(setup.drop ?? []).includes(i) && !r.trimStart().startsWith('<'));
    const reason = REASONS[file]?.[line];
    // Rows with nothing a static check can judge are counted, not run: they belong to the live checks.
    const notStatic = setup.skip ?? (records.length === 0 ? 'only SVG documents (live logo check), no DNS record' : undefined);
    if (notStatic) {
      notApplicable.push(`${file}:${line}: ${notStatic}`);
      return;
    }
    test(`${file}:${line} ${row.test ?? ''} (${row.expect})`, () => {
      checked++;
      const inputs = setup.separately ? records.map((r) => [r]) : [records];
      for (const input of inputs) {
        const { verdict, diagnostics } = verdictOf(input, setup);
        const detail = `${JSON.stringify(input)} → ${verdict}: ${diagnostics.map((d) => `${d.code} (${d.severity})`).join(', ') || 'no diagnostics'}`;
        if (reason) {
          disagreements++;
          assert.ok(!agrees(row.expect, verdict), `${file}:${line} agrees with upstream now; remove its entry from REASONS. ${detail}`);
          assert.equal(verdict, reason.verdict, `${file}:${line}: ${detail}`);
        } else {
          assert.ok(agrees(row.expect, verdict), `${file}:${line}: upstream says ${row.expect}; ${detail}`);
        }
      }
    });
  });
}

test('BIMI vectors: every row was checked, or set aside for the live checks with a reason', () => {
  assert.ok(checked >= 30, `checked ${checked} rows`);
  // The rows set aside are exactly the ones listed with a reason (no silent growth).
  assert.deepEqual(notApplicable.map((n) => n.split(':').slice(0, 2).join(':')), ['checkdmarc.jsonl:22', 'checkdmarc.jsonl:24']);
  assert.equal(disagreements, Object.values(REASONS).reduce((n, r) => n + Object.keys(r).length, 0));
});
