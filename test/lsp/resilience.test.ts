/**
 * Server resilience over the protocol: a rule that throws is skipped and logged once per server
 * (not once per document version), and the other diagnostics are still published; a document
 * over `zonemail.maxFileSize` gets one information diagnostic; the validation of a version that
 * is already stale is never published.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { LspClient } from '../support/lsp-client';
import { getLanguageService } from '../../server/src/service/index';
import { RULES } from '../../server/src/service/rules/registry';
import type { Rule } from '../../server/src/service/rules/define-rule';
import { THROWING_RULE } from './resilience-server';

const URI = 'file:///resilience/example.com.zone';
const ZONE = '$ORIGIN example.com.\n@ IN TXT "v=spf1 ptr -all"\n_dmarc IN TXT "v=DMARC1; p=rejct"\n';

test('resilience: a throwing rule is logged once, the other diagnostics are still published', async () => {
  const client = await LspClient.start({ command: [path.join(__dirname, 'resilience-server.js'), '--stdio'], initializationOptions: { diagnosticDelay: 0 } });
  try {
    let published = await client.open(URI, ZONE);
    const codes = (p: typeof published) => p.diagnostics.map((d) => String(d.code));
    assert.ok(!codes(published).includes(THROWING_RULE));
    assert.ok(codes(published).some((c) => c.startsWith('dmarc/')), `dmarc diagnostics still published: ${codes(published).join(', ')}`);
    for (let version = 2; version <= 5; version++) {
      published = await client.changeAndWait(URI, version, `${ZONE}; edit ${version}\n`);
      assert.ok(codes(published).some((c) => c.startsWith('dmarc/')));
    }
    // A second document with the same rule failing: still no new log line.
    await client.open('file:///resilience/other.zone', ZONE);
    const failures = client.logs.filter((l) => l.includes(`rule ${THROWING_RULE} failed`));
    assert.equal(failures.length, 1, client.logs.join('\n'));
    assert.match(failures[0]!, /deliberate failure/);
  } finally {
    await client.stop();
  }
});

test('resilience: validate() skips an injected failing rule and reports it once per run', () => {
  const service = getLanguageService();
  const boom: Rule = { ...(RULES.find((r) => r.code === THROWING_RULE) as Rule), check: () => { throw new Error('boom'); } } as Rule;
  const registry = RULES.map((r) => (r.code === THROWING_RULE ? boom : r));
  const doc = service.parse({ uri: URI, text: `${ZONE}sub IN TXT "v=spf1 ptr:a.example -all"\n` })!;
  const errors: string[] = [];
  const found = service.validate(doc, { registry, onRuleError: (code) => errors.push(code) });
  assert.deepEqual(errors, [THROWING_RULE]);
  assert.ok(found.some((d) => d.code.startsWith('dmarc/')));
  assert.ok(!found.some((d) => d.code === THROWING_RULE));
  // Without the override the registry's rule runs and reports.
  assert.ok(service.validate(doc).some((d) => d.code === THROWING_RULE));
});

test('resilience: a document over zonemail.maxFileSize gets one information diagnostic', async () => {
  const client = await LspClient.start({ settings: { maxFileSize: 100 }, initializationOptions: { diagnosticDelay: 0 } });
  try {
    const published = await client.open(URI, `${ZONE}${'; padding\n'.repeat(50)}`);
    assert.equal(published.diagnostics.length, 1);
    assert.equal(published.diagnostics[0]!.code, 'zone/too-large');
    assert.equal(published.diagnostics[0]!.severity, 3);
  } finally {
    await client.stop();
  }
});

test('resilience: of a burst of edits only the latest version is published', async () => {
  const client = await LspClient.start({ initializationOptions: { diagnosticDelay: 20 } });
  try {
    await client.open(URI, ZONE);
    const start = client.published.length;
    const last = client.diagnostics(URI, (p) => p.version === 30);
    for (let version = 2; version <= 30; version++) await client.change(URI, version, `${ZONE}; ${version}\n`);
    await last;
    const versions = client.published.slice(start).filter((p) => p.uri === URI).map((p) => p.version);
    assert.ok(versions.every((v) => v === 30 || (v ?? 0) < 30), `versions ${versions.join(',')}`);
    assert.ok(versions.length < 29, `stale versions were checked and published: ${versions.join(',')}`);
  } finally {
    await client.stop();
  }
});
