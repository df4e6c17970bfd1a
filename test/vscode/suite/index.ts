/**
 * The end-to-end suite, run inside the real extension host of VS Code 1.100.3 (code-server) by
 * `scripts/vscode-e2e.sh test`, against the extension installed from the packaged .vsix.
 *
 * VS Code loads this file as `extensionTestsPath` and calls `run()` with the whole `vscode` API.
 * The `extensionDevelopmentPath` that VS Code requires beside it is `test/vscode/runner`, a
 * manifest that contributes nothing: so the Zonemail extension seen here is the one installed
 * from the .vsix into the extensions folder (the first test checks that), never the checkout.
 *
 * The workspace is `examples/`. Diagnostics are awaited through `onDidChangeDiagnostics`; the
 * quick-fix test edits the open document and reverts it (nothing is saved).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { runAll, test } from './harness';

const EXTENSION_ID = 'zonemail.zonemail';
const LANGUAGE_ID = 'dns-zone';
/** The repository root (this file runs from out/test/vscode/suite/). */
const ROOT = path.resolve(__dirname, '..', '..', '..', '..');

interface Position {
  line: number;
  character: number;
}
interface Expected {
  code: string;
  range: { start: Position; end: Position };
}

export function run(): Promise<void> {
  return runAll();
}

// ---- helpers ------------------------------------------------------------------------------------

const codeOf = (d: vscode.Diagnostic): string =>
  typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code);

const ours = (uri: vscode.Uri): vscode.Diagnostic[] =>
  vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'zonemail');

const describe = (ds: readonly vscode.Diagnostic[]): string =>
  ds.map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`).join(', ') ||
  '(none)';

/** Resolves with the document's Zonemail diagnostics once `ready` holds for them: checked now and at every change. */
function diagnosticsWhen(
  uri: vscode.Uri,
  ready: (ds: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const ds = ours(uri);
      if (!ready(ds)) return false;
      done();
      resolve(ds);
      return true;
    };
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      done();
      reject(new Error(`no diagnostics where ${what} within ${timeoutMs} ms; last: ${describe(ours(uri))}`));
    }, timeoutMs);
    function done(): void {
      clearTimeout(timer);
      listener.dispose();
    }
    check();
  });
}

const key = (code: string, r: { start: Position; end: Position }): string =>
  `${code}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed`);
  return ext;
}

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** What the packaged command line reports for a file: the same service, the same bundle as the server. */
function cliDiagnostics(file: string): Expected[] {
  const cli = path.join(extension().extensionPath, 'dist', 'cli.js');
  const result = spawnSync(process.execPath, [cli, 'check', '--format', 'json', file], {
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  assert.equal(result.status, 1, `zonemail check exits 1 on the example (it holds errors): ${result.stderr}`);
  return JSON.parse(result.stdout) as Expected[];
}

const zoneUri = (): vscode.Uri => workspaceFile('example.com.zone');
let zoneDocument: vscode.TextDocument | undefined;
const openZone = (): vscode.TextDocument => {
  assert.ok(zoneDocument, 'the example zone was opened by an earlier test');
  return zoneDocument;
};

// ---- tests --------------------------------------------------------------------------------------

test('the extension under test is the one installed from the .vsix', () => {
  const ext = extension();
  const extensionsDir = process.env['ZONEMAIL_E2E_EXTENSIONS_DIR'];
  assert.ok(extensionsDir, 'ZONEMAIL_E2E_EXTENSIONS_DIR is set by scripts/vscode-e2e.sh');
  const installedIn = fs.realpathSync(path.dirname(ext.extensionPath));
  assert.equal(installedIn, fs.realpathSync(extensionsDir), `loaded from ${ext.extensionPath}`);
  assert.notEqual(fs.realpathSync(ext.extensionPath), fs.realpathSync(ROOT), 'not the checkout');
  const repo = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const packaged = ext.packageJSON as { version: string };
  assert.equal(path.basename(ext.extensionPath), `${EXTENSION_ID}-${repo.version}`);
  assert.equal(packaged.version, repo.version);
  // Bundled: the package holds no node_modules, and the server the client starts is inside it.
  assert.equal(fs.existsSync(path.join(ext.extensionPath, 'node_modules')), false, 'no node_modules in the package');
  assert.ok(fs.existsSync(path.join(ext.extensionPath, 'dist', 'server.js')));
});

test(`opening a zone file gives it the ${LANGUAGE_ID} language and activates the extension`, async () => {
  const ext = extension();
  assert.equal(ext.isActive, false, 'not active before a zone file is opened (activation is onLanguage)');
  const uri = zoneUri();
  const first = diagnosticsWhen(uri, (ds) => ds.length > 0, 'any arrived');
  const document = await vscode.workspace.openTextDocument(uri);
  zoneDocument = document;
  assert.equal(document.languageId, LANGUAGE_ID);
  await vscode.window.showTextDocument(document);
  await first;
  assert.equal(ext.isActive, true);
  assert.ok((await vscode.languages.getLanguages()).includes(LANGUAGE_ID));
});

test('diagnostics for the broken records: codes, ranges, severities and links', async () => {
  const uri = zoneUri();
  const expected = cliDiagnostics(uri.fsPath).map((d) => key(d.code, d.range)).sort();
  assert.ok(expected.length >= 5, `the example has broken records: ${expected.join(', ')}`);
  // Wait until the editor shows exactly what the packaged CLI reports for the same file.
  const ds = await diagnosticsWhen(
    uri,
    (list) => JSON.stringify(list.map((d) => key(codeOf(d), d.range)).sort()) === JSON.stringify(expected),
    `they equal \`zonemail check\`: ${expected.join(', ')}`,
  );
  const find = (code: string): vscode.Diagnostic => {
    const found = ds.find((d) => codeOf(d) === code);
    assert.ok(found, `${code} among ${describe(ds)}`);
    return found;
  };
  // A few exactly, so that a change of the example or of a rule is a conscious one.
  const exact: [string, [number, number, number, number], vscode.DiagnosticSeverity][] = [
    ['zone/target-is-cname', [15, 19, 15, 28], vscode.DiagnosticSeverity.Warning],
    ['txt/string-join', [35, 24, 35, 77], vscode.DiagnosticSeverity.Warning],
    ['zone/repeated-origin', [38, 0, 38, 16], vscode.DiagnosticSeverity.Warning],
    ['zone/cname-and-other-data', [41, 11, 41, 16], vscode.DiagnosticSeverity.Error],
    ['zone/unknown-type', [53, 11, 53, 14], vscode.DiagnosticSeverity.Error],
  ];
  for (const [code, [sl, sc, el, ec], severity] of exact) {
    const d = find(code);
    assert.deepEqual(
      [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
      [sl, sc, el, ec],
      `${code} range`,
    );
    assert.equal(d.severity, severity, `${code} severity`);
  }
  for (const d of ds) {
    assert.ok(typeof d.code === 'object' && d.code !== null, `${codeOf(d)} has a link`);
    assert.match(d.code.target.toString(), /^https:\/\//);
  }
  assert.match(find('zone/unknown-type').message, /AAAA/);
  assert.equal(openZone().getText(find('zone/unknown-type').range), 'AAA');
});

test('hover over a record type and over a record value', async () => {
  const uri = zoneUri();
  const hoverText = async (line: number, character: number): Promise<string> => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      uri,
      new vscode.Position(line, character),
    );
    return hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : c.value))
      .join('\n---\n');
  };
  // Line 27: `@       IN TXT  "v=spf1 mx ..."`; `TXT` starts at column 11.
  assert.equal(openZone().lineAt(26).text.slice(11, 14), 'TXT');
  const type = await hoverText(26, 12);
  assert.match(type, /\*\*TXT\*\*/);
  assert.match(type, /RFC 1035/);
  // Line 15: `        IN MX   10 mail.example.com.`; the preference `10` is at column 16.
  assert.equal(openZone().lineAt(14).text.slice(16, 18), '10');
  const value = await hoverText(14, 17);
  assert.match(value, /MX preference/);
  assert.match(value, /lower values are tried first/);
});

test('completion offers record types where a type goes, and the contributed snippets', async () => {
  const uri = zoneUri();
  const labelOf = (item: vscode.CompletionItem): string => (typeof item.label === 'string' ? item.label : item.label.label);
  // Line 54: `ftp     IN AAA  2001:db8::21`; column 11 is where the type starts.
  const types = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    uri,
    new vscode.Position(53, 11),
  );
  // Only the language server's items: VS Code adds the document's words as `Text` items by itself.
  const fromServer = types.items.filter((i) => i.kind !== vscode.CompletionItemKind.Text);
  const labels = fromServer.map(labelOf);
  for (const label of ['A', 'AAAA', 'MX', 'TXT', 'CNAME', 'CAA']) assert.ok(labels.includes(label), `${label} among ${labels.join(' ')}`);
  const a = fromServer.find((i) => labelOf(i) === 'A');
  assert.match(String(a?.detail), /IPv4/, 'the A item describes the type');
  // A blank line (line 5): the snippets from snippets/dns-zone.json are offered by VS Code itself.
  assert.equal(openZone().lineAt(4).text, '');
  const blank = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    uri,
    new vscode.Position(4, 0),
  );
  const snippets = blank.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map(labelOf);
  for (const prefix of ['soa', 'mx', 'nullmx']) assert.ok(snippets.includes(prefix), `snippet ${prefix} among ${snippets.join(' ')}`);
});

test('the quick fix "Change to AAAA" edits the record and the diagnostic goes away', async () => {
  const document = openZone();
  const uri = document.uri;
  const original = document.lineAt(53).text;
  assert.equal(original, 'ftp     IN AAA  2001:db8::21');
  const unknown = ours(uri).find((d) => codeOf(d) === 'zone/unknown-type');
  assert.ok(unknown, `zone/unknown-type among ${describe(ours(uri))}`);
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    uri,
    unknown.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  const fix = actions.find((a): a is vscode.CodeAction => a.title === 'Change to AAAA');
  assert.ok(fix, `a "Change to AAAA" quick fix among: ${actions.map((a) => a.title).join(', ')}`);
  assert.ok(fix.edit, 'the quick fix carries an edit');
  assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind));
  const others = ours(uri).filter((d) => codeOf(d) !== 'zone/unknown-type').length;
  try {
    const gone = diagnosticsWhen(
      uri,
      (ds) => ds.length === others && !ds.some((d) => codeOf(d) === 'zone/unknown-type'),
      'zone/unknown-type is gone and the others stay',
    );
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    assert.equal(document.lineAt(53).text, 'ftp     IN AAAA  2001:db8::21');
    await gone;
  } finally {
    // Put the file back as it is on disk, without saving.
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  assert.equal(document.isDirty, false);
  assert.equal(document.lineAt(53).text, original);
  await diagnosticsWhen(uri, (ds) => ds.some((d) => codeOf(d) === 'zone/unknown-type'), 'zone/unknown-type is back after the revert');
});

test('every command in contributes.commands is registered', async () => {
  const contributed = (extension().packageJSON as { contributes: { commands: { command: string }[] } }).contributes.commands.map(
    (c) => c.command,
  );
  const repo = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    contributes: { commands: { command: string }[] };
  };
  assert.deepEqual(contributed, repo.contributes.commands.map((c) => c.command), 'the package holds the current command list');
  const registered = new Set(await vscode.commands.getCommands(true));
  const missing = contributed.filter((c) => !registered.has(c));
  assert.deepEqual(missing, [], 'contributed commands without a registration');
});

test('Zonemail: Open Example Zone opens the example as an untitled zone with its diagnostics', async () => {
  await vscode.commands.executeCommand('zonemail.openExample');
  const editor = vscode.window.activeTextEditor;
  assert.ok(editor, 'an editor is active');
  const document = editor.document;
  assert.equal(document.uri.scheme, 'untitled');
  assert.equal(document.languageId, LANGUAGE_ID);
  assert.equal(document.getText(), fs.readFileSync(path.join(extension().extensionPath, 'examples', 'example.com.zone'), 'utf8'));
  await diagnosticsWhen(document.uri, (ds) => ds.some((d) => codeOf(d) === 'zone/unknown-type'), 'the untitled example has them');
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});

test('grammar, snippets, language configuration and walkthrough are contributed', () => {
  const contributes = (extension().packageJSON as {
    contributes: {
      languages: { id: string; configuration: string }[];
      grammars: { language: string; scopeName: string; path: string }[];
      snippets: { language: string; path: string }[];
      walkthroughs: { id: string; steps: { id: string; description: string }[] }[];
    };
  }).contributes;
  const root = extension().extensionPath;
  const language = contributes.languages.find((l) => l.id === LANGUAGE_ID);
  assert.ok(language);
  assert.ok(fs.existsSync(path.join(root, language.configuration)));
  const grammar = contributes.grammars.find((g) => g.language === LANGUAGE_ID);
  assert.equal(grammar?.scopeName, 'source.dns-zone');
  const raw = JSON.parse(fs.readFileSync(path.join(root, grammar.path), 'utf8')) as { scopeName: string };
  assert.equal(raw.scopeName, 'source.dns-zone');
  const snippets = contributes.snippets.find((s) => s.language === LANGUAGE_ID);
  assert.ok(snippets && fs.existsSync(path.join(root, snippets.path)));
  const walkthrough = contributes.walkthroughs[0];
  assert.ok(walkthrough, 'a walkthrough');
  assert.ok(walkthrough.steps.some((s) => s.description.includes('command:zonemail.openExample')));
});
