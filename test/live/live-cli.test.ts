/**
 * `zonemail live` as a process against the loopback world: JSON on the fully configured and the
 * broken domain, exit statuses, `--compare` finding an edited, an added and a left-out record,
 * bad usage. Prints the time of a full run.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ROOT } from '../support/paths';
import { startWorld, type LiveWorld } from './live-fixtures';

const CLI = path.join(ROOT, 'out', 'server', 'src', 'cli', 'main.js');

function run(args: readonly string[]): Promise<{ status: number | null; stdout: string; stderr: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr, ms: Math.round(performance.now() - started) }));
  });
}

describe('zonemail live', () => {
  let world: LiveWorld;
  let common: string[];
  before(async () => {
    world = await startWorld();
    common = ['--dns', world.unbound.address, '--ca-file', world.caFile, '--https-port', String(world.https.port), '--smtp-port', String(world.smtp.port), '--timeout', '5000'];
  });
  after(async () => world?.stop());

  test('good.test: JSON report, exit 0', async () => {
    const r = await run(['live', 'good.test', '--dkim-selector', 's1', ...common, '--format', 'json']);
    assert.equal(r.status, 0, r.stderr + r.stdout);
    const json = JSON.parse(r.stdout) as { domain: string; findings: { kind: string; code: string; severity: string; message: string }[]; records: Record<string, any> };
    assert.equal(json.domain, 'good.test');
    assert.deepEqual(json.findings.filter((f) => f.severity === 'error' || f.severity === 'warning'), []);
    for (const kind of ['mx', 'spf', 'dmarc', 'dkim', 'bimi', 'mta-sts', 'tls-rpt', 'dane', 'dnssec']) assert.ok(kind in json.records, kind);
    assert.equal(json.records.dnssec.authenticated, true);
    process.stdout.write(`# zonemail live good.test (full run, loopback): ${r.ms} ms wall, ${(JSON.parse(r.stdout) as { durationMs: number }).durationMs} ms checks\n`);
  });

  test('broken.test: JSON findings with kinds and severities, exit 1; text report grouped by kind', async () => {
    const r = await run(['live', 'broken.test', '--dkim-selector', 's1', ...common, '--format', 'json']);
    assert.equal(r.status, 1, r.stderr);
    const json = JSON.parse(r.stdout) as { findings: { kind: string; code: string; severity: string; message: string; href: string }[] };
    const dane = json.findings.find((f) => f.code === 'live/dane-no-match')!;
    assert.equal(dane.kind, 'dane');
    assert.equal(dane.severity, 'error');
    assert.match(dane.href, /rfc7672/);
    const text = await run(['live', 'broken.test', ...common]);
    assert.equal(text.status, 1);
    assert.match(text.stdout, /^Live check of broken\.test/);
    assert.match(text.stdout, /\nDANE \(TLSA\)\n(?: {2}.*\n)* {2}error {8}None of the 1 TLSA/);
    assert.match(text.stdout, /\nTLS-RPT\n {2}information {2}.*\[live\/tls-rpt-missing\]/);
  });

  test('--compare finds an edited record, one not published and one only live DNS has', async () => {
    const edited = world.goodZone
      .replace('p=reject; rua=mailto:dmarc@reports.test', 'p=quarantine; rua=mailto:dmarc@reports.test')
      .replace('@ TXT "site-verification=abc123"\n', '')
      .concat('www A 192.0.2.80\n');
    const file = path.join(world.ca.dir, 'good.test.zone');
    fs.writeFileSync(file, edited);
    const r = await run(['live', 'good.test', ...common, '--no-smtp', '--compare', file, '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const json = JSON.parse(r.stdout) as { findings: { code: string; name: string; message: string }[]; compare: { records: { name: string; type: string; status: string }[] } };
    const compare = json.findings.filter((f) => f.code.startsWith('live/compare-'));
    assert.deepEqual(compare.map((f) => `${f.code} ${f.name}`).sort(), ['live/compare-different _dmarc.good.test', 'live/compare-extra good.test', 'live/compare-missing www.good.test']);
    assert.match(compare.find((f) => f.code === 'live/compare-extra')!.message, /site-verification=abc123/);
    assert.ok(json.compare.records.filter((x) => x.status === 'match').length >= 10);
  });

  test('bad usage: exit 2', async () => {
    assert.equal((await run(['live'])).status, 2);
    assert.equal((await run(['live', 'a..b'])).status, 2);
    assert.equal((await run(['live', 'good.test', '--dns', '127.0.0.1', '--doh', 'https://x/'])).status, 2);
    assert.equal((await run(['live', 'good.test', '--smtp-port', 'x'])).status, 2);
  });
});
