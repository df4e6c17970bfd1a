/**
 * DKIM over the protocol: the bundled server (`dist/server.js --stdio`) shows the key type and
 * size in the hover on `p=`, offers record skeletons at an empty `_domainkey` value, and a
 * quick fix (`h=sha1:sha256` → `h=sha256`) round-trips through Diagnostic.data.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { generateKeyPairSync } from 'node:crypto';
import {
  CodeActionRequest,
  CompletionRequest,
  HoverRequest,
  InsertTextFormat,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from '../support/lsp-client';

const KEY = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'der' }).toString('base64');

/** Line numbers (0-based) are asserted below; keep them in step with this text. */
const ZONE = [
  '$ORIGIN example.com.', // 0
  '$TTL 3600', // 1
  '@ IN SOA ns1 hostmaster 1 7200 3600 1209600 3600', // 2
  '@ IN NS ns1', // 3
  'ns1 IN A 192.0.2.53', // 4
  `s1._domainkey IN TXT ( "v=DKIM1; k=rsa; h=sha1:sha256; p=${KEY.slice(0, 180)}"`, // 5
  `    "${KEY.slice(180)}" )`, // 6
  's2._domainkey IN TXT ""', // 7
  '',
].join('\n');

describe('DKIM over stdio', () => {
  let client: LspClient;
  const uri = 'file:///work/dkim/example.com.zone';
  let diagnostics: Diagnostic[];

  before(async () => {
    client = await LspClient.start();
    diagnostics = (await client.open(uri, ZONE, 1)).diagnostics;
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  test('hover on the key says RSA 2048-bit', async () => {
    const character = ZONE.split('\n')[5]!.indexOf('p=') + 10;
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 5, character } });
    assert.ok(hover, 'a hover on the key');
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /RSA 2048-bit/);
    assert.match(value, /https:\/\/www\.rfc-editor\.org\/rfc\/rfc6376#section-3\.6\.1/);
    assert.equal(hover.range?.start.line, 5);
  });

  test('completion at an empty _domainkey value offers the record skeletons', async () => {
    const result = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 7, character: 22 } });
    const items: CompletionItem[] = Array.isArray(result) ? result : ((result as CompletionList | null)?.items ?? []);
    const rsa = items.find((i) => i.label.startsWith('v=DKIM1; k=rsa'));
    const ed = items.find((i) => i.label.startsWith('v=DKIM1; k=ed25519'));
    assert.ok(rsa && ed, items.map((i) => i.label).join(' | '));
    assert.equal(rsa.insertTextFormat, InsertTextFormat.Snippet);
    assert.ok(rsa.textEdit && 'range' in rsa.textEdit && rsa.textEdit.range.start.line === 7);
  });

  test('the sha1 quick fix round-trips', async () => {
    const sha1 = diagnostics.find((d) => d.code === 'dkim/sha1');
    assert.ok(sha1, diagnostics.map((d) => d.code).join(', '));
    assert.equal(sha1.codeDescription?.href, 'https://www.rfc-editor.org/rfc/rfc8301#section-3.1');
    const actions = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: sha1.range,
      context: { diagnostics: [sha1], only: ['quickfix'] },
    });
    assert.ok(actions && actions.length > 0);
    const action = actions[0]!;
    assert.ok('edit' in action);
    const edits: TextEdit[] = action.edit?.changes?.[uri] ?? [];
    const text = TextDocument.applyEdits(TextDocument.create(uri, 'dns-zone', 1, ZONE), edits);
    assert.match(text.split('\n')[5]!, /h=sha256; p=/);
    const after = await client.changeAndWait(uri, 2, text);
    // Only the empty record of line 7 (no `p=`) is left.
    assert.deepEqual(
      after.diagnostics.filter((d) => String(d.code).startsWith('dkim/')).map((d) => [d.code, d.range.start.line]),
      [['dkim/missing-key', 7]],
    );
  });
});
