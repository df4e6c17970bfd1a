/**
 * Protocol tests for DMARC records over a real connection to the bundled server: diagnostics with
 * codes and RFC links, hover on `p=`, completion after `p=`, and the `mailto:` quick fix round trip.
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
  '_dmarc IN TXT "v=DMARC1; p=none; rua=dmarc@example.com"', // 5
  '_dmarc.shop IN TXT "v=DMARC1; p=q"', // 6
  '',
].join('\n');

const codes = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map((d) => String(d.code)).sort();

describe('DMARC over the language server protocol', () => {
  let client: LspClient;
  const uri = 'file:///work/dmarc/example.com.zone';
  let first: Diagnostic[];

  before(async () => {
    client = await LspClient.start();
    first = (await client.open(uri, ZONE, 1)).diagnostics;
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  test('diagnostics carry DMARC codes, exact ranges and RFC links', () => {
    const bare = first.find((d) => d.code === 'dmarc/bare-address');
    assert.ok(bare, codes(first).join(', '));
    assert.deepEqual(bare.range, { start: { line: 5, character: 37 }, end: { line: 5, character: 54 } });
    assert.equal(bare.source, 'zonemail');
    assert.match(bare.codeDescription?.href ?? '', /^https:\/\//);
    assert.ok(first.some((d) => d.code === 'dmarc/p-none'));
    assert.ok(first.some((d) => d.code === 'dmarc/invalid-policy' && d.range.start.line === 6));
  });

  test('hover on p= explains the policy with RFC 9989 and RFC 7489 links', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 5, character: 25 } });
    assert.ok(hover, 'a hover on p');
    const contents = hover.contents as { kind: string; value: string };
    assert.equal(contents.kind, 'markdown');
    assert.match(contents.value, /Domain Owner Assessment Policy/);
    assert.match(contents.value, /rfc9989/);
    assert.match(contents.value, /rfc7489/);
    assert.deepEqual(hover.range, { start: { line: 5, character: 25 }, end: { line: 5, character: 26 } });
  });

  test('completion after p= offers the three policies', async () => {
    const result = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 6, character: 32 } });
    const items: CompletionItem[] = Array.isArray(result) ? result : ((result as CompletionList | null)?.items ?? []);
    assert.deepEqual(items.map((i) => i.label), ['none', 'quarantine', 'reject']);
  });

  test('the quick fix adds mailto: and the error goes away', async () => {
    const bare = first.find((d) => d.code === 'dmarc/bare-address')!;
    const actions = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: bare.range, context: { diagnostics: [bare], only: ['quickfix'] } });
    assert.ok(actions && actions.length > 0, 'a quick fix');
    const action = actions[0]!;
    assert.ok('kind' in action && action.kind === 'quickfix');
    assert.equal(action.title, 'Add `mailto:`');
    const edits: TextEdit[] = action.edit?.changes?.[uri] ?? [];
    const text = TextDocument.applyEdits(TextDocument.create(uri, 'dns-zone', 1, ZONE), edits);
    assert.equal(text.split('\n')[5], '_dmarc IN TXT "v=DMARC1; p=none; rua=mailto:dmarc@example.com"');
    const after = await client.changeAndWait(uri, 2, text);
    assert.ok(!codes(after.diagnostics).includes('dmarc/bare-address'), codes(after.diagnostics).join(', '));
    assert.ok(codes(after.diagnostics).includes('dmarc/p-none'));
  });
});
