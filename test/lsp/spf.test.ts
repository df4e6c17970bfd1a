/**
 * SPF over the protocol: hover on a mechanism (meaning, RFC link, computed facts), completion
 * after `v=spf1 ` and in an empty value, and a quick fix round trip (`+all` → `-all`).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CodeActionRequest, CompletionRequest, HoverRequest, type CompletionItem, type CompletionList, type Diagnostic, type TextEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from '../support/lsp-client';

/** Line numbers (0-based) are asserted below; keep them in step with this text. */
const ZONE = [
  '$ORIGIN example.com.', // 0
  '$TTL 3600', // 1
  '@ IN SOA ns1 hostmaster 1 7200 3600 1209600 3600', // 2
  '@ IN NS ns1', // 3
  'ns1 IN A 192.0.2.53', // 4
  '@ IN TXT "v=spf1 ip4:192.0.2.0/24 include:_spf.example.com +all"', // 5
  '_spf IN TXT "v=spf1 a mx -all"', // 6
  'new IN TXT "v=spf1 "', // 7
  'empty IN TXT ""', // 8
  '',
].join('\n');

const items = (result: CompletionItem[] | CompletionList | null): CompletionItem[] => (Array.isArray(result) ? result : (result?.items ?? []));

describe('SPF over the language server', () => {
  let client: LspClient;
  const uri = 'file:///work/spf.example.com.zone';
  let first: Diagnostic[];

  before(async () => {
    client = await LspClient.start();
    first = (await client.open(uri, ZONE, 1)).diagnostics;
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  test('hover on ip4 tells the addresses it covers, with the RFC link', async () => {
    const line = ZONE.split('\n')[5]!;
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 5, character: line.indexOf('ip4:') + 2 } });
    assert.ok(hover);
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /\*\*ip4\*\* mechanism/);
    assert.match(value, /Covers 256 addresses \(192\.0\.2\.0\/24\)/);
    assert.match(value, /rfc7208#section-5\.6/);
    assert.deepEqual(hover.range, { start: { line: 5, character: line.indexOf('ip4:') }, end: { line: 5, character: line.indexOf(' include') } });
  });

  test('hover on include counts the lookups of the target in the zone', async () => {
    const line = ZONE.split('\n')[5]!;
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 5, character: line.indexOf('include') + 3 } });
    const value = (hover!.contents as { value: string }).value;
    assert.match(value, /Costs 3 DNS lookups/);
    assert.match(value, /up to and including this term: 3 of 10/);
  });

  test('completion after `v=spf1 ` offers mechanisms, -all and provider includes', async () => {
    const line = ZONE.split('\n')[7]!;
    const result = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 7, character: line.lastIndexOf('"') } });
    const labels = items(result).map((i) => i.label);
    for (const want of ['-all', '~all', 'include:', 'ip4:', 'mx', 'redirect=', 'include:_spf.google.com']) assert.ok(labels.includes(want), `${want} among ${labels.join(' ')}`);
    const google = items(result).find((i) => i.label === 'include:_spf.google.com')!;
    assert.match(google.detail ?? '', /4 DNS lookups/);
  });

  test('completion in an empty value offers the SPF skeleton', async () => {
    const line = ZONE.split('\n')[8]!;
    const result = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 8, character: line.indexOf('"') + 1 } });
    const labels = items(result).map((i) => i.label);
    assert.ok(labels.some((l) => l.startsWith('v=spf1')), labels.join(' '));
  });

  test('quick fix: `+all` becomes `-all` and the warning goes away', async () => {
    const pass = first.find((d) => d.code === 'spf/pass-all');
    assert.ok(pass, first.map((d) => d.code).join(', '));
    assert.equal(pass.range.start.line, 5);
    const actions = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: pass.range, context: { diagnostics: [pass], only: ['quickfix'] } });
    assert.ok(actions && actions.length >= 2);
    const action = actions[0]!;
    assert.ok('title' in action && /-all/.test(action.title));
    const edits: TextEdit[] = ('edit' in action ? action.edit?.changes?.[uri] : undefined) ?? [];
    const text = TextDocument.applyEdits(TextDocument.create(uri, 'dns-zone', 1, ZONE), edits);
    assert.match(text.split('\n')[5]!, / -all"$/);
    const after = await client.changeAndWait(uri, 2, text);
    assert.ok(!after.diagnostics.some((d) => d.code === 'spf/pass-all'));
  });
});
