/**
 * The live commands over the protocol: a real server over stdio, `workspace/executeCommand` for
 * each command against the loopback world, `zonemail.live` settings pulled through
 * `workspace/configuration`, and in an untrusted workspace a `window/showMessageRequest` before
 * each fetch (declined here, so nothing is fetched).
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ConfigurationRequest, ExecuteCommandRequest, ShowMessageRequest } from 'vscode-languageserver-protocol/node';
import { LspClient } from '../support/lsp-client';
import { ROOT } from '../support/paths';
import { startWorld, type LiveWorld } from './live-fixtures';

const SERVER = [path.join(ROOT, 'out', 'server', 'src', 'cli', 'main.js'), 'lsp', '--stdio'];

async function client(world: LiveWorld, trusted: boolean, asked: string[] = []): Promise<LspClient> {
  const c = await LspClient.start({
    command: SERVER,
    initializationOptions: { diagnosticDelay: 10, workspaceTrusted: trusted, liveTestPorts: { https: world.https.port, smtp: world.smtp.port } },
  });
  const live = { resolver: 'direct', servers: [world.unbound.address], timeoutMs: 5000, caFile: world.caFile };
  c.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((i) => (i.section === 'zonemail.live' ? live : i.section === 'zonemail' ? {} : null)));
  c.connection.onRequest(ShowMessageRequest.type, (params) => {
    asked.push(params.message);
    return { title: 'Skip' };
  });
  return c;
}

describe('live commands over the protocol', () => {
  let world: LiveWorld;
  before(async () => {
    world = await startWorld();
  });
  after(async () => world?.stop());

  test('declared in executeCommandProvider; checkDomain, compareFile, spfTree, evaluateSpf answer', async () => {
    const c = await client(world, true);
    try {
      assert.deepEqual(c.initializeResult?.capabilities.executeCommandProvider?.commands, [
        'zonemail.live.checkDomain',
        'zonemail.live.compareFile',
        'zonemail.live.spfTree',
        'zonemail.live.evaluateSpf',
      ]);
      const uri = 'file:///work/good.test.zone';
      await c.open(uri, world.goodZone.replace('p=reject;', 'p=quarantine;'));
      const report = (await c.connection.sendRequest(ExecuteCommandRequest.type, { command: 'zonemail.live.checkDomain', arguments: [{ domain: 'good.test', dkimSelectors: ['s1'] }] })) as {
        domain: string;
        findings: { severity: string; code: string }[];
        records: Record<string, any>;
        locations: Record<string, { uri: string }[]>;
        answers: unknown[];
      };
      assert.equal(report.domain, 'good.test');
      assert.deepEqual(report.findings.filter((f) => f.severity === 'error' || f.severity === 'warning'), []);
      assert.equal(report.records.dnssec.authenticated, true);
      assert.equal(report.locations['good.test']![0]!.uri, uri);
      assert.ok(report.answers.length > 10);

      const compared = (await c.connection.sendRequest(ExecuteCommandRequest.type, { command: 'zonemail.live.compareFile', arguments: [{ uri }] })) as {
        records: { name: string; status: string; range: { start: { line: number } } }[];
      };
      const dmarc = compared.records.find((r) => r.name === '_dmarc.good.test')!;
      assert.equal(dmarc.status, 'differs');
      assert.equal(dmarc.range.start.line, world.goodZone.split('\n').findIndex((l) => l.startsWith('_dmarc')));
      assert.ok(compared.records.filter((r) => r.status === 'match').length >= 10);

      const tree = (await c.connection.sendRequest(ExecuteCommandRequest.type, { command: 'zonemail.live.spfTree', arguments: [{ domain: 'good.test' }] })) as { lookups: number; tree: { terms: { name: string; child?: { domain: string } }[] } };
      assert.equal(tree.lookups, 2);
      assert.equal(tree.tree.terms.find((t) => t.name === 'include')?.child?.domain, '_spf.good.test');
      const pass = (await c.connection.sendRequest(ExecuteCommandRequest.type, { command: 'zonemail.live.evaluateSpf', arguments: [{ domain: 'good.test', ip: '198.51.100.7' }] })) as { result: string };
      assert.equal(pass.result, 'pass');
      const fail = (await c.connection.sendRequest(ExecuteCommandRequest.type, { command: 'zonemail.live.evaluateSpf', arguments: [{ domain: 'good.test', ip: '203.0.113.9' }] })) as { result: string };
      assert.equal(fail.result, 'fail');
      await assert.rejects(c.connection.sendRequest(ExecuteCommandRequest.type, { command: 'zonemail.live.checkDomain', arguments: [{ domain: 'not a domain' }] }), /not a domain name/);
    } finally {
      await c.stop();
    }
  });

  test('untrusted workspace: the user is asked before each fetch; declined, nothing is fetched', async () => {
    const asked: string[] = [];
    const c = await client(world, false, asked);
    try {
      const before = world.https.requests.length;
      const report = (await c.connection.sendRequest(ExecuteCommandRequest.type, { command: 'zonemail.live.checkDomain', arguments: [{ domain: 'good.test' }] })) as { findings: { code: string }[] };
      assert.equal(world.https.requests.length, before);
      assert.equal(asked.length, 3, asked.join('\n'));
      assert.ok(asked.every((m) => /not trusted/.test(m)));
      assert.equal(report.findings.filter((f) => f.code === 'live/not-fetched').length, 3);
    } finally {
      await c.stop();
    }
  });
});
