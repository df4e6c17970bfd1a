/**
 * Infrastructure-as-code documents over a real connection: diagnostics inside record values,
 * no hover, completion or symbols elsewhere in the file, nothing for ordinary scripts, and
 * `zonemail.hosts` turning a host off.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CompletionRequest, DocumentSymbolRequest, HoverRequest } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from '../support/lsp-client';

const PULUMI = [
  'import * as aws from "@pulumi/aws";',
  'const name = "example.com";',
  'new aws.route53.Record("spf", { zoneId: "Z1", name, type: "TXT", records: ["v=spf1 include:_spf.example.net +all"] });',
  '',
].join('\n');

const SCRIPT = 'export const spf = "v=spf1 +all";\nexport function f(a: number) { return a + 1; }\n';

describe('IaC documents over stdio', () => {
  let client: LspClient;
  const pulumi = 'file:///work/infra/index.ts';
  const script = 'file:///work/app/util.ts';

  before(async () => {
    client = await LspClient.start({ settings: { hosts: { pulumi: true } } });
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  test('a Pulumi program: diagnostics inside the record, silence outside it', async () => {
    const published = await client.open(pulumi, PULUMI, 1, 'typescript');
    assert.deepEqual(published.diagnostics.map((d) => d.code), ['spf/pass-all']);
    const doc = TextDocument.create(pulumi, 'typescript', 1, PULUMI);
    const at = (text: string, delta = 1) => doc.positionAt(PULUMI.indexOf(text) + delta);
    const outside = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: pulumi }, position: at('zoneId') });
    assert.equal(outside, null);
    const inside = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: pulumi }, position: at('include') });
    assert.ok(inside, 'hover on an SPF mechanism');
    const none = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: pulumi }, position: at('import', 0) });
    assert.deepEqual(none, []);
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: pulumi } });
    assert.deepEqual(symbols, []);
  });

  test('an ordinary TypeScript file gets nothing', async () => {
    const published = await client.open(script, SCRIPT, 1, 'typescript');
    assert.deepEqual(published.diagnostics, []);
    const doc = TextDocument.create(script, 'typescript', 1, SCRIPT);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: script }, position: doc.positionAt(SCRIPT.indexOf('+all')) });
    assert.equal(hover, null);
    const items = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: script }, position: doc.positionAt(SCRIPT.indexOf('+all')) });
    assert.deepEqual(items, []);
  });

  test('zonemail.hosts turns the Pulumi host off', async () => {
    const cleared = client.diagnostics(pulumi, (p) => p.diagnostics.length === 0);
    client.settings = { hosts: { pulumi: false } };
    await client.configurationChanged();
    await cleared;
    const doc = TextDocument.create(pulumi, 'typescript', 1, PULUMI);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: pulumi }, position: doc.positionAt(PULUMI.indexOf('include') + 1) });
    assert.equal(hover, null);
  });
});
