/**
 * Incremental checking through the real server: a zone is edited with incremental changes (one
 * at a time, and in bursts faster than the checks run, so some versions are never checked), and
 * after each wait the published diagnostics equal a full check of the same text.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { getLanguageService } from '../../server/src/service/index';
import { LspClient } from '../support/lsp-client';
import { EXAMPLES } from '../support/paths';

const service = getLanguageService();

function expected(uri: string, text: string): string[] {
  const doc = TextDocument.create(uri, 'dns-zone', 1, text);
  const parsed = service.parse({ uri, text, languageId: 'dns-zone' }, true)!;
  return service
    .validate(parsed)
    .map((d) => {
      const start = doc.positionAt(d.range.start);
      const end = doc.positionAt(d.range.end);
      return `${start.line}:${start.character}-${end.line}:${end.character} ${d.code} ${d.message}`;
    })
    .sort();
}

function got(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${String(d.code)} ${d.message}`).sort();
}

describe('incremental checking over LSP', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  test('diagnostics after incremental edits equal a full check', async () => {
    const uri = 'file:///zones/example.com.zone';
    const base = fs.readFileSync(path.join(EXAMPLES, 'example.com.zone'), 'utf8');
    // The example zone, then many more records below it: edits land among kept records.
    let text = base + Array.from({ length: 300 }, (_, i) => `h${i} 300 IN A 192.0.2.${i % 250}\nm${i} MX 10 h${i}\n`).join('');
    let doc = TextDocument.create(uri, 'dns-zone', 1, text);
    const opened = await client.open(uri, text, 1);
    assert.deepEqual(got(opened.diagnostics), expected(uri, text));
    let version = 1;
    const lines = text.split('\n');
    const lineOf = (needle: string): number => lines.findIndex((l) => l.startsWith(needle));
    /** Edits as an editor sends them: a range in the current version and the new text. */
    const edits: [line: number, from: number, to: number, insert: string][] = [
      [lineOf('h10 '), 4, 7, '600'], // a TTL
      [lineOf('m20 '), 0, 0, '; zonemail-disable-next-line\n'], // a disable comment
      [lineOf('h30 '), 0, 3, 'h31'], // an owner: now two A records at h31
      [lineOf('m40 '), 10, 13, 'h41'], // an MX target
      [lineOf('h50 '), 0, 0, 'h50 IN CNAME h51\n'], // a CNAME beside other data
      [lineOf('h60 '), 12, 13, 'X'], // a typo in the type
      [lineOf('m70 '), 0, 0, '_dmarc IN TXT "v=DMARC1; p=none"\n'],
      [lineOf('h80 '), 0, 0, '\tIN TXT "v=spf1 +all"\n'],
    ];
    for (let i = 0; i < edits.length; i++) {
      const [line, from, to, insert] = edits[i]!;
      const change = { range: { start: { line, character: from }, end: { line, character: to } }, text: insert };
      version++;
      doc = TextDocument.update(doc, [change], version);
      // Every other edit comes in a burst of two, the first never checked on its own.
      if (i % 2 === 0) {
        await client.change(uri, version, [change]);
        continue;
      }
      const published = await client.changeAndWait(uri, version, [change]);
      text = doc.getText();
      assert.deepEqual(got(published.diagnostics), expected(uri, text), `after edit ${i}`);
    }
    // The edits above made these problems; the check must see them.
    const codes = new Set(got(client.published.at(-1)!.diagnostics).map((d) => d.split(' ')[1]));
    for (const code of ['zone/cname-and-other-data', 'spf/pass-all', 'dmarc/p-none']) assert.ok(codes.has(code), `${code} missing: ${[...codes].join(', ')}`);
  });

  test('a zone that follows names into another open zone is re-checked when those records change', async () => {
    const a = 'file:///zones/a.example.zone';
    const b = 'file:///zones/b.example.zone';
    const spf = (n: number) => `_spf TXT "v=spf1 ${Array.from({ length: n }, (_, i) => `a:h${i}.a.example.`).join(' ')} -all"`;
    const aText = (n: number) => `$ORIGIN a.example.\n$TTL 3600\n@ SOA ns hostmaster 1 7200 3600 1209600 3600\n@ NS ns\n${spf(n)}\nwww A 192.0.2.1\n`;
    const lookups = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.code === 'spf/too-many-lookups').length;
    await client.open(a, aText(10), 1);
    const opened = await client.open(b, '$ORIGIN b.example.\n$TTL 3600\n@ TXT "v=spf1 include:_spf.a.example. -all"\n', 1);
    // The include costs 1 and the target's 10 lookups count too.
    assert.equal(lookups(opened.diagnostics), 1);
    const spfLine = 4;
    const lineLength = spf(10).length;
    // An edit elsewhere in the other zone, then one to the included record: b is checked again.
    await client.changeAndWait(a, 2, [{ range: { start: { line: 5, character: 13 }, end: { line: 5, character: 14 } }, text: '2' }]);
    const fewer = client.diagnostics(b, (p) => lookups(p.diagnostics) === 0);
    await client.changeAndWait(a, 3, [{ range: { start: { line: spfLine, character: 0 }, end: { line: spfLine, character: lineLength } }, text: spf(9) }]);
    await fewer;
    const more = client.diagnostics(b, (p) => lookups(p.diagnostics) === 1);
    await client.changeAndWait(a, 4, [{ range: { start: { line: spfLine, character: 0 }, end: { line: spfLine, character: spf(9).length } }, text: spf(10) }]);
    await more;
    // A re-check caused by another document does not make the others re-check in turn: once
    // the pending checks are done (they wait 3 × 150 ms at most), nothing more is published.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const settled = client.published.length;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal(client.published.length, settled, 'documents kept re-checking each other');
  });

  test('a long session of random edits, typed in bursts, ends with the diagnostics of a full check', async () => {
    const uri = 'file:///zones/session.example.com.zone';
    let seed = 0x2545f491;
    const random = (): number => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) / 4294967296;
    };
    const base = fs.readFileSync(path.join(EXAMPLES, 'example.com.zone'), 'utf8');
    let doc = TextDocument.create(uri, 'dns-zone', 1, base + Array.from({ length: 200 }, (_, i) => `w${i} 300 IN A 192.0.2.${i}\nd${i} TXT "v=spf1 include:_spf.example.com ~all"\n`).join(''));
    await client.open(uri, doc.getText(), 1);
    const pieces = ['x', '0', ' ', '\n', '"', ';', '(', ')', 'IN TXT "v=spf1 +all"\n', 'mail CNAME w1\n', '\t'];
    for (let version = 2; version <= 150; version++) {
      const text = doc.getText();
      const at = Math.floor(random() * text.length);
      const remove = random() < 0.4 ? Math.floor(random() * 6) : 0;
      const start = doc.positionAt(at);
      const end = doc.positionAt(Math.min(text.length, at + remove));
      const change = { range: { start, end }, text: pieces[Math.floor(random() * pieces.length)]! };
      doc = TextDocument.update(doc, [change], version);
      // Most edits are sent without waiting, as typing is; every tenth waits for its diagnostics.
      if (version % 10 !== 0) {
        await client.change(uri, version, [change]);
        continue;
      }
      const published = await client.changeAndWait(uri, version, [change]);
      assert.deepEqual(got(published.diagnostics), expected(uri, doc.getText()), `after version ${version}`);
    }
  });
});
