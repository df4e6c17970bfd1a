/**
 * Workspace trust over the protocol: in an untrusted workspace (`initializationOptions.
 * workspaceTrusted: false`) `$INCLUDE` reads only files inside the workspace folders, symbolic
 * links resolved; in a trusted one it reads any file. Non-`file:` URIs are never read.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../support/lsp-client';
import { createNodeFileSystem, insideFolders } from '../../server/src/lsp/node-file-system';

/** A workspace folder with a zone that includes a file inside, one outside and a link to outside. */
function layout() {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'zonemail-trust-'));
  const workspace = path.join(base, 'workspace');
  const outside = path.join(base, 'outside');
  fs.mkdirSync(workspace);
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(workspace, 'inside.zone'), 'www IN A 192.0.2.1\n');
  fs.writeFileSync(path.join(outside, 'secret.zone'), 'mail IN A 192.0.2.2\n');
  fs.symlinkSync(path.join(outside, 'secret.zone'), path.join(workspace, 'link.zone'));
  const zone = path.join(workspace, 'example.com.zone');
  const text = '$ORIGIN example.com.\n$INCLUDE inside.zone\n$INCLUDE ../outside/secret.zone\n$INCLUDE link.zone\n@ IN MX 10 mail\n';
  fs.writeFileSync(zone, text);
  return { base, workspace, zoneUri: pathToFileURL(zone).href, text };
}

/** The `$INCLUDE` lines (1-based) reported as unreadable. */
async function unreadableLines(trusted: boolean | undefined): Promise<number[]> {
  const { base, workspace, zoneUri, text } = layout();
  const client = await LspClient.start({
    initializationOptions: { diagnosticDelay: 0, ...(trusted === undefined ? {} : { workspaceTrusted: trusted }) },
    workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'workspace' }],
  });
  try {
    const published = await client.open(zoneUri, text);
    return published.diagnostics.filter((d) => d.code === 'zone/include-missing').map((d) => d.range.start.line + 1);
  } finally {
    await client.stop();
    fs.rmSync(base, { recursive: true, force: true });
  }
}

test('trust: an untrusted workspace reads no $INCLUDE outside its folders (links resolved)', async () => {
  assert.deepEqual(await unreadableLines(false), [3, 4]);
});

test('trust: a trusted workspace (or a client that does not say) reads every $INCLUDE', async () => {
  assert.deepEqual(await unreadableLines(true), []);
  assert.deepEqual(await unreadableLines(undefined), []);
});

test('trust: the file system refuses non-file URIs and files outside the folders', () => {
  const { base, workspace } = layout();
  try {
    const folder = pathToFileURL(workspace).href;
    const untrusted = createNodeFileSystem(undefined, () => ({ trusted: false, folders: [folder] }));
    const trusted = createNodeFileSystem(undefined, () => ({ trusted: true, folders: [folder] }));
    for (const fsys of [untrusted, trusted, createNodeFileSystem()]) {
      assert.equal(fsys.readFile('http://example.com/inside.zone'), undefined);
      assert.equal(fsys.readFile('untitled:Untitled-1'), undefined);
      assert.equal(fsys.readFile(pathToFileURL(workspace).href), undefined, 'a directory is not read');
    }
    assert.ok(untrusted.readFile(pathToFileURL(path.join(workspace, 'inside.zone')).href));
    assert.equal(untrusted.readFile(pathToFileURL(path.join(base, 'outside', 'secret.zone')).href), undefined);
    assert.equal(untrusted.readFile(pathToFileURL(path.join(workspace, 'link.zone')).href), undefined);
    assert.equal(untrusted.readFile(pathToFileURL(path.join(workspace, '..', 'outside', 'secret.zone')).href), undefined);
    assert.ok(trusted.readFile(pathToFileURL(path.join(base, 'outside', 'secret.zone')).href));
    // No folders at all (a single file opened untrusted): nothing is read.
    assert.equal(createNodeFileSystem(undefined, () => ({ trusted: false, folders: [] })).readFile(pathToFileURL(path.join(workspace, 'inside.zone')).href), undefined);
    assert.equal(insideFolders(path.join(workspace, 'inside.zone'), ['http://example.com/']), false);
  } finally {
    fs.rmSync(base, { recursive: true, force: true });
  }
});
