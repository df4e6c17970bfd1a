/**
 * Protocol tests: the bundled server (`dist/server.js --stdio`) driven by a real LSP client
 * connection. Diagnostics with codes, ranges and links; hover, completion, symbols, folding;
 * a quick fix round trip; versions, debouncing and settings.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CodeActionRequest,
  CompletionRequest,
  DiagnosticSeverity,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type DocumentSymbol,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from '../support/lsp-client';
import { SERVER_JS } from '../support/paths';

const LONG = 'v=spf1 ' + 'include:_spf.example.net '.repeat(12) + '-all';

/** Line numbers (0-based) are asserted below; keep them in step with this text. */
const ZONE = [
  '$ORIGIN example.com.', // 0
  '$TTL 3600', // 1
  '@ IN SOA ns1 hostmaster 1 7200 3600 1209600 3600', // 2
  '@ IN NS ns1', // 3
  'ns1 IN A 192.0.2.53', // 4
  'example.com. 3600 IN BOGUS x', // 5
  'www 1x IN A 192.0.2.1', // 6
  'alias IN CNAME www', // 7
  'alias IN TXT "hello"', // 8
  `long IN TXT "${LONG}"`, // 9
  'multi IN TXT ( "v=spf1"', // 10
  '   " -all" )', // 11
  '',
].join('\n');

const codes = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map((d) => String(d.code)).sort();
const find = (diagnostics: readonly Diagnostic[], code: string): Diagnostic => {
  const found = diagnostics.find((d) => d.code === code);
  assert.ok(found, `expected ${code} in ${codes(diagnostics).join(', ')}`);
  return found;
};

describe('language server over stdio', () => {
  let client: LspClient;
  const uri = 'file:///work/example.com.zone';
  let version = 1;
  let text = ZONE;
  let first: Diagnostic[];

  before(async () => {
    client = await LspClient.start();
    first = (await client.open(uri, ZONE, version)).diagnostics;
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  test('declares what it can do', () => {
    const caps = client.initializeResult?.capabilities;
    assert.ok(caps);
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    assert.equal(caps.hoverProvider, true);
    assert.equal(caps.documentSymbolProvider, true);
    assert.equal(caps.foldingRangeProvider, true);
    assert.deepEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix'] });
    assert.ok(caps.completionProvider);
    assert.equal(client.initializeResult?.serverInfo?.name, 'zonemail');
  });

  test('publishes diagnostics with codes, ranges, source and links', () => {
    for (const code of ['zone/unknown-type', 'zone/invalid-ttl', 'zone/cname-and-other-data', 'txt/string-too-long']) find(first, code);
    for (const d of first) {
      assert.equal(d.source, 'zonemail');
      assert.match(d.codeDescription?.href ?? '', /^https:\/\//);
      assert.ok(d.severity !== undefined && d.severity >= 1 && d.severity <= 4);
    }
    const unknown = find(first, 'zone/unknown-type');
    assert.deepEqual(unknown.range, { start: { line: 5, character: 21 }, end: { line: 5, character: 26 } });
    assert.equal(unknown.severity, DiagnosticSeverity.Error);
    const ttl = find(first, 'zone/invalid-ttl');
    assert.deepEqual(ttl.range, { start: { line: 6, character: 4 }, end: { line: 6, character: 6 } });
    const long = find(first, 'txt/string-too-long');
    assert.equal(long.range.start.line, 9);
    // The fix stays in the server: data names the diagnostic (its version and index), and the
    // code action request below turns it into edits.
    const data = long.data as { version?: unknown; index?: unknown } | undefined;
    assert.equal(data?.version, 1, 'data names the version the fix is for');
    assert.equal(typeof data?.index, 'number', 'data names the diagnostic');
    // The diagnostics are for the version that was opened.
    assert.equal(client.published.find((p) => p.uri === uri)?.version, 1);
  });

  test('hover explains the token under the cursor', async () => {
    const position = { line: 8, character: 10 }; // inside `TXT` of line 8
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    assert.ok(hover, 'a hover for TXT');
    const contents = hover.contents as { kind: string; value: string };
    assert.equal(contents.kind, 'markdown');
    assert.match(contents.value, /TXT/);
    assert.ok(hover.range && hover.range.start.line === 8 && hover.range.start.character <= 10 && hover.range.end.character >= 10);
  });

  test('completion offers record types where a type goes', async () => {
    const position = { line: 8, character: 9 }; // after `alias IN `
    const result = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
    const items: CompletionItem[] = Array.isArray(result) ? result : ((result as CompletionList | null)?.items ?? []);
    const txt = items.find((i) => i.label === 'TXT');
    assert.ok(txt, `TXT among ${items.map((i) => i.label).join(' ')}`);
    for (const item of items) {
      if (item.textEdit && 'range' in item.textEdit) assert.ok(item.textEdit.range.start.line === 8);
    }
  });

  test('document symbols group records by owner', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const apex = symbols.find((s) => s.name === 'example.com.');
    assert.ok(apex, `owners: ${symbols.map((s) => s.name).join(' ')}`);
    assert.deepEqual(apex.children?.map((c) => c.name).slice(0, 2), ['SOA', 'NS']);
    const alias = symbols.find((s) => s.name === 'alias.example.com.');
    assert.deepEqual(alias?.children?.map((c) => c.name), ['CNAME', 'TXT']);
    for (const s of symbols) {
      for (const c of s.children ?? []) {
        assert.ok(c.selectionRange.start.line >= c.range.start.line && c.selectionRange.end.line <= c.range.end.line);
      }
    }
  });

  test('folding covers the record written across lines', async () => {
    const ranges = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    assert.ok(ranges?.some((r) => r.startLine === 10 && r.endLine === 11), JSON.stringify(ranges));
  });

  test('a quick fix from Diagnostic.data removes its problem', async () => {
    const long = find(first, 'txt/string-too-long');
    const actions = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: long.range,
      context: { diagnostics: [long], only: ['quickfix'] },
    });
    assert.ok(actions && actions.length > 0, 'at least one quick fix');
    const action = actions[0]!;
    assert.ok('kind' in action && action.kind === 'quickfix');
    assert.deepEqual(action.diagnostics, [long]);
    const edits: TextEdit[] = action.edit?.changes?.[uri] ?? [];
    assert.ok(edits.length > 0);
    // Other kinds asked for: no quick fixes.
    const refactors = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: long.range,
      context: { diagnostics: [long], only: ['refactor'] },
    });
    assert.deepEqual(refactors, []);

    text = TextDocument.applyEdits(TextDocument.create(uri, 'dns-zone', version, text), edits);
    assert.notEqual(text, ZONE);
    version++;
    const after = await client.changeAndWait(uri, version, text);
    assert.equal(after.version, version);
    assert.ok(!codes(after.diagnostics).includes('txt/string-too-long'), codes(after.diagnostics).join(', '));
    assert.ok(codes(after.diagnostics).includes('zone/unknown-type'));
  });

  test('a fix computed for an older version is not offered', async () => {
    const stale = find(first, 'txt/string-too-long');
    const actions = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: stale.range,
      context: { diagnostics: [stale] },
    });
    assert.deepEqual(actions, []);
  });

  test('data that names another diagnostic, or none, gets no fixes', async () => {
    const current = client.published.filter((p) => p.uri === uri).at(-1)!;
    const long = current.diagnostics.find((d) => d.data !== undefined)!;
    assert.ok(long, 'a diagnostic with a fix');
    const data = long.data as { version: number; index: number };
    // The data as published does get its fixes.
    const right = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: long.range, context: { diagnostics: [long] } });
    assert.ok(right && right.length > 0);
    for (const wrong of [{ ...data, index: data.index + 1 }, { ...data, index: 10_000 }, { ...data, index: -1 }, { version: data.version }, 'data']) {
      const actions = await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: long.range,
        context: { diagnostics: [{ ...long, data: wrong }] },
      });
      assert.deepEqual(actions, [], JSON.stringify(wrong));
    }
  });

  test('incremental edits are re-checked, and only the newest version is published', async () => {
    const before = client.published.length;
    // Fix the TTL (`1x` → `1h`) with an incremental edit, then at once remove the unknown type.
    const ttlEdit = { range: { start: { line: 6, character: 4 }, end: { line: 6, character: 6 } }, text: '1h' };
    const bogusLine = { range: { start: { line: 5, character: 0 }, end: { line: 6, character: 0 } }, text: '' };
    const fixedTtl = version + 1;
    const removed = version + 2;
    const published = client.diagnostics(uri, (p) => p.version === removed);
    await client.change(uri, fixedTtl, [ttlEdit]);
    await client.change(uri, removed, [bogusLine]);
    version = removed;
    const result = await published;
    assert.deepEqual(
      codes(result.diagnostics).filter((c) => c === 'zone/invalid-ttl' || c === 'zone/unknown-type'),
      [],
    );
    const versions = client.published.slice(before).filter((p) => p.uri === uri).map((p) => p.version);
    for (let i = 1; i < versions.length; i++) assert.ok((versions[i] ?? 0) >= (versions[i - 1] ?? 0), `versions ${versions.join(',')}`);
    assert.equal(versions[versions.length - 1], removed);
  });

  test('zonemail.rules turns a code off after didChangeConfiguration', async () => {
    const unknownUri = 'file:///work/rules.zone';
    const opened = await client.open(unknownUri, 'example.com. 3600 IN BOGUS x\n');
    assert.deepEqual(codes(opened.diagnostics), ['zone/unknown-type']);
    const asked = client.configurationRequests.length;
    client.settings = { rules: { 'zone/unknown-type': 'off' } };
    const quiet = client.diagnostics(unknownUri, (p) => !codes(p.diagnostics).includes('zone/unknown-type'));
    await client.configurationChanged();
    assert.deepEqual((await quiet).diagnostics, []);
    assert.ok(client.configurationRequests.length > asked, 'settings were asked for again');

    client.settings = { rules: { 'zone/unknown-type': 'warning' } };
    const warned = client.diagnostics(unknownUri, (p) => p.diagnostics.length > 0);
    await client.configurationChanged();
    assert.equal((await warned).diagnostics[0]?.severity, DiagnosticSeverity.Warning);
    client.settings = {};
  });
});

describe('language server without workspace/configuration', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ configurationCapability: false });
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  test('uses the defaults, then settings pushed with didChangeConfiguration', async () => {
    const uri = 'file:///work/pushed.zone';
    const opened = await client.open(uri, 'example.com. 3600 IN BOGUS x\n');
    assert.deepEqual(codes(opened.diagnostics), ['zone/unknown-type']);
    assert.equal(client.configurationRequests.length, 0);
    const quiet = client.diagnostics(uri, (p) => p.diagnostics.length === 0);
    await client.configurationChanged({ zonemail: { rules: { 'zone/unknown-type': 'off' } } });
    await quiet;
  });
});

/** A deterministic byte soup with NUL and bytes that are not UTF-8. */
function binaryText(length: number): string {
  let seed = 12345;
  let out = '';
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    out += String.fromCharCode(i % 7 === 0 ? 0 : seed % 256);
  }
  return out;
}

describe('bad input over the protocol', () => {
  let client: LspClient;
  const good = 'file:///work/good.zone';
  const GOOD = '$ORIGIN example.com.\n$TTL 3600\nwww IN A 192.0.2.1\n';

  before(async () => {
    client = await LspClient.start();
    await client.open(good, GOOD);
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  /** The server still answers on the good document. */
  async function stillAnswers(): Promise<void> {
    const hover = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: good }, position: { line: 2, character: 8 } });
    await assert.doesNotReject(hover);
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: good } })) as DocumentSymbol[];
    assert.ok(symbols.some((s) => s.name === 'www.example.com.'), symbols.map((s) => s.name).join(' '));
  }

  const cases: [string, string][] = [
    ['binary bytes', binaryText(3000)],
    ['a 1 MB line', `www IN TXT ${'a'.repeat(1024 * 1024)}\n`],
    ['unbalanced parentheses', '$ORIGIN example.com.\nwww IN TXT ( "a"\n  "b"\n'],
    ['an unterminated quote at the end', '$ORIGIN example.com.\nwww IN TXT "abc'],
  ];
  for (const [name, text] of cases) {
    test(`${name}: diagnosed, and the server keeps answering`, async () => {
      const uri = `file:///work/bad-${name.replace(/\W+/g, '-')}.zone`;
      const published = await client.open(uri, text);
      assert.ok(published.diagnostics.length > 0, `${name}: no diagnostics`);
      for (const d of published.diagnostics) assert.equal(d.source, 'zonemail');
      await stillAnswers();
    });
  }

  test('a document over zonemail.maxFileSize gets one information diagnostic', async () => {
    client.settings = { maxFileSize: 4096 };
    await client.configurationChanged();
    const uri = 'file:///work/big.zone';
    const line = 'www IN BOGUS x\n';
    const published = await client.open(uri, line.repeat(Math.ceil(5000 / line.length)));
    assert.equal(published.diagnostics.length, 1);
    const [notice] = published.diagnostics;
    assert.equal(notice?.code, 'zone/too-large');
    assert.equal(notice?.severity, DiagnosticSeverity.Information);
    // Shown on the first line, which it underlines.
    assert.deepEqual(notice?.range, { start: { line: 0, character: 0 }, end: { line: 0, character: line.length - 1 } });
    // Features on a skipped document answer empty.
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    assert.deepEqual(symbols, []);
    await stillAnswers();
  });

  test('binary bytes get the binary-content diagnostic', async () => {
    const uri = 'file:///work/binary2.zone';
    const published = await client.open(uri, binaryText(1000));
    assert.ok(codes(published.diagnostics).includes('zone/binary-content'), codes(published.diagnostics).join(', '));
  });
});

test('the server also talks over --node-ipc', async () => {
  const client = await LspClient.start({ command: [SERVER_JS, '--node-ipc'], transport: 'ipc' });
  try {
    const published = await client.open('file:///work/ipc.zone', 'example.com. 3600 IN BOGUS x\n');
    assert.deepEqual(codes(published.diagnostics), ['zone/unknown-type']);
    // Closing the document clears its diagnostics.
    assert.deepEqual((await client.close('file:///work/ipc.zone')).diagnostics, []);
  } finally {
    assert.equal(await client.stop(), 0);
  }
});

test('edits in quick succession are checked once, for the newest version', async () => {
  // The default delay (150 ms): the edits below arrive well within it.
  const client = await LspClient.start({ initializationOptions: {} });
  try {
    const uri = 'file:///work/debounce.zone';
    await client.open(uri, 'example.com. 3600 IN BOGUS x\n');
    const before = client.published.length;
    const last = client.diagnostics(uri, (p) => p.version === 6);
    for (let version = 2; version <= 6; version++) {
      // Each edit appends a record; the last one also removes the unknown type.
      const text = version === 6 ? 'example.com. 3600 IN A 192.0.2.1\n' : `example.com. 3600 IN BOGUS x\n${'www IN A 192.0.2.1\n'.repeat(version)}`;
      await client.change(uri, version, text);
    }
    assert.deepEqual((await last).diagnostics.filter((d) => d.code === 'zone/unknown-type'), []);
    assert.deepEqual(
      client.published.slice(before).filter((p) => p.uri === uri).map((p) => p.version),
      [6],
    );
  } finally {
    assert.equal(await client.stop(), 0);
  }
});
