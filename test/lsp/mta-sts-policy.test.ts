/**
 * Protocol tests for the `mta-sts-policy` language: the bundled server checks a policy file sent
 * with that language id (or named `mta-sts.txt`), checks it against an open zone of its domain,
 * and answers hover, completion, symbols and the add-`version` quick fix.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CodeActionRequest,
  CompletionRequest,
  DiagnosticSeverity,
  DocumentSymbolRequest,
  HoverRequest,
  type CompletionItem,
  type CompletionList,
  type DocumentSymbol,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { LspClient } from '../support/lsp-client';

const ZONE = [
  '$ORIGIN example.com.',
  '$TTL 3600',
  '@ IN SOA ns1 hostmaster 1 7200 3600 1209600 3600',
  '@ IN NS ns1',
  'ns1 IN A 192.0.2.53',
  '@ IN MX 10 mx1',
  '@ IN MX 20 backup.example.net.',
  'mx1 IN A 192.0.2.25',
  '_mta-sts IN TXT "v=STSv1; id=20240101"',
  '',
].join('\n');

/** Line numbers (0-based) are asserted below. */
const POLICY = [
  'mode: enforce', // 0
  'mx: *.example.com', // 1
  'max_age: 3600', // 2
  '',
].join('\r\n');

describe('mta-sts-policy language over stdio', () => {
  let client: LspClient;
  const zoneUri = 'file:///srv/example.com.zone';
  const uri = 'file:///srv/www/.well-known/mta-sts.txt';

  before(async () => {
    client = await LspClient.start();
    await client.open(zoneUri, ZONE);
  });
  after(async () => {
    await client.stop();
  });

  test('diagnostics: missing version, short max_age, and the MX host no pattern matches', async () => {
    const published = await client.open(uri, POLICY, 1, 'mta-sts-policy');
    const byCode = new Map(published.diagnostics.map((d) => [String(d.code), d]));
    assert.deepEqual([...byCode.keys()].sort(), ['mta-sts/policy-missing-version', 'mta-sts/policy-mx-unmatched', 'mta-sts/policy-short-max-age']);
    const missing = byCode.get('mta-sts/policy-missing-version')!;
    assert.equal(missing.severity, DiagnosticSeverity.Error);
    assert.deepEqual(missing.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 13 } });
    assert.equal(missing.codeDescription?.href, 'https://www.rfc-editor.org/rfc/rfc8461#section-3.2');
    const unmatched = byCode.get('mta-sts/policy-mx-unmatched')!;
    assert.equal(unmatched.severity, DiagnosticSeverity.Error);
    assert.match(String(unmatched.message), /backup\.example\.net/);
    assert.deepEqual(unmatched.range, { start: { line: 1, character: 4 }, end: { line: 1, character: 17 } });
    assert.equal(byCode.get('mta-sts/policy-short-max-age')!.severity, DiagnosticSeverity.Information);
  });

  test('quick fix: add the version line (CRLF kept)', async () => {
    const published = client.published.filter((p) => p.uri === uri).at(-1)!;
    const missing = published.diagnostics.find((d) => d.code === 'mta-sts/policy-missing-version')!;
    const actions = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: missing.range,
      context: { diagnostics: [missing] },
    });
    const action = actions?.find((a) => 'title' in a && a.title === 'Add `version: STSv1`');
    assert.ok(action && 'edit' in action, JSON.stringify(actions));
    const edits = action.edit!.changes![uri] as TextEdit[];
    assert.deepEqual(edits, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'version: STSv1\r\n' }]);
  });

  test('hover on a key and on max_age', async () => {
    const key = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 1 } });
    assert.match(JSON.stringify(key?.contents), /\*\*mode\*\*/);
    const age = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 10 } });
    assert.match(JSON.stringify(age?.contents), /3600 seconds \(1 hour\)/);
  });

  test('completion: keys on a new line, mode values after the colon', async () => {
    const v = 2;
    await client.changeAndWait(uri, v, `${POLICY}ver`);
    const keys = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 3, character: 3 } })) as CompletionItem[] | CompletionList;
    const keyItems = Array.isArray(keys) ? keys : keys.items;
    const version = keyItems.find((i) => i.label === 'version');
    assert.ok(version, JSON.stringify(keyItems.map((i) => i.label)));
    assert.equal((version.textEdit as TextEdit).newText, 'version: ${1|STSv1|}');
    await client.changeAndWait(uri, v + 1, 'version: STSv1\r\nmode: \r\n');
    const values = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 1, character: 6 } })) as CompletionItem[] | CompletionList;
    assert.deepEqual((Array.isArray(values) ? values : values.items).map((i) => i.label), ['enforce', 'testing', 'none']);
  });

  test('document symbols: one per line', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => s.name), ['version', 'mode']);
  });

  test('a file named mta-sts.txt with the plaintext language id is checked as a policy', async () => {
    const plain = 'file:///srv/other/mta-sts.txt';
    const published = await client.open(plain, 'version: STSv2\n', 1, 'plaintext');
    assert.ok(published.diagnostics.some((d) => d.code === 'mta-sts/policy-version'));
  });
});
