/**
 * Protocol test for BIMI and TLS-RPT records over a real connection to the bundled server:
 * diagnostics with codes and links to the draft and RFC, a hover on a BIMI tag, completion of
 * `avp=` values, and a quick fix round trip (`avp=Brand` → `avp=brand`).
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
  '_dmarc IN TXT "v=DMARC1; p=reject; rua=mailto:dmarc@example.com"', // 5
  'default._bimi IN TXT "v=BIMI1; l=https://example.com/logo.svg; a=https://example.com/vmc.pem; avp=Brand"', // 6
  '_smtp._tls IN TXT "v=TLSRPTv1; rua=tlsrpt@example.com"', // 7
  '',
].join('\n');

const find = (diagnostics: readonly Diagnostic[], code: string): Diagnostic => {
  const found = diagnostics.find((d) => d.code === code);
  assert.ok(found, `expected ${code} in ${diagnostics.map((d) => d.code).join(', ')}`);
  return found;
};

describe('BIMI and TLS-RPT over the language server protocol', () => {
  let client: LspClient;
  const uri = 'file:///work/bimi/example.com.zone';
  let first: Diagnostic[];

  before(async () => {
    client = await LspClient.start();
    first = (await client.open(uri, ZONE, 1)).diagnostics;
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  test('diagnostics carry codes, exact ranges and links to the draft and RFC 8460', () => {
    const avp = find(first, 'bimi/avatar-preference');
    assert.deepEqual(avp.range, { start: { line: 6, character: 98 }, end: { line: 6, character: 103 } });
    assert.match(avp.codeDescription?.href ?? '', /datatracker\.ietf\.org\/doc\/html\/draft-brand-indicators-for-message-identification#section-4\.3/);
    const rua = find(first, 'tls-rpt/invalid-rua');
    assert.deepEqual(rua.range, { start: { line: 7, character: 35 }, end: { line: 7, character: 53 } });
    assert.equal(rua.codeDescription?.href, 'https://www.rfc-editor.org/rfc/rfc8460#section-3');
    assert.ok(!first.some((d) => d.code === 'bimi/dmarc-not-enforced'), 'DMARC is enforced');
  });

  test('hover on a BIMI tag explains it', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 6, character: 31 } });
    assert.ok(hover);
    const contents = hover.contents as { kind: string; value: string };
    assert.equal(contents.kind, 'markdown');
    assert.match(contents.value, /Location of the logo/);
    assert.equal(hover.range?.start.line, 6);
  });

  test('completion after avp= offers brand and personal', async () => {
    const result = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 6, character: 98 } });
    const items: CompletionItem[] = Array.isArray(result) ? result : ((result as CompletionList | null)?.items ?? []);
    assert.deepEqual(items.map((i) => i.label).sort(), ['brand', 'personal']);
  });

  test('the quick fix writes avp=brand and the diagnostic goes away', async () => {
    const avp = find(first, 'bimi/avatar-preference');
    const actions = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: avp.range, context: { diagnostics: [avp], only: ['quickfix'] } });
    assert.ok(actions && actions.length > 0);
    const action = actions[0]!;
    assert.ok('kind' in action && action.kind === 'quickfix');
    const edits: TextEdit[] = action.edit?.changes?.[uri] ?? [];
    const text = TextDocument.applyEdits(TextDocument.create(uri, 'dns-zone', 1, ZONE), edits);
    assert.ok(text.includes('avp=brand"'), text);
    const after = await client.changeAndWait(uri, 2, text);
    assert.ok(!after.diagnostics.some((d) => d.code === 'bimi/avatar-preference'));
    assert.ok(after.diagnostics.some((d) => d.code === 'tls-rpt/invalid-rua'));
  });
});
