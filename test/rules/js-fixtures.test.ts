/**
 * Annotated rule fixtures of the JavaScript hosts: for every folder `fixtures-js/<host>/a/b/`,
 * `fires.js|ts` must produce exactly the annotated diagnostics of code `a/b`, `clean.js|ts`
 * none, and `fixed.js|ts` (present exactly when the rule offers fixes) the text after applying
 * the first fix of each. `<host>` is `dnscontrol` (each file is read as a `dnsconfig.js`) or
 * `pulumi` (`.ts` files that import `@pulumi/...`).
 *
 * Annotation: a comment line `//   ^^^^ a/b` below the line it marks; the carets sit under the
 * expected range on the nearest preceding non-annotation line. A caret right after the `//`
 * means the range starts at column 0. Annotation lines stay in the file (they are comments).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService, RULES, type ServiceDiagnostic } from '../../server/src/service/index';
import { ROOT } from '../support/paths';
import { applyEdits, describeActual, parseAnnotations } from './support/fixture-kit';

const FIXTURES = path.join(ROOT, 'test', 'rules', 'fixtures-js');
const HOSTS = ['dnscontrol', 'pulumi'] as const;
const ls = getLanguageService();
const registered = new Set(RULES.map((r) => r.code));


/** The URI a fixture is read under: DNSControl files must be named `dnsconfig.js`. */
function uriOf(host: string, file: string): string {
  if (host !== 'dnscontrol') return pathToFileURL(file).href;
  return pathToFileURL(path.join(path.dirname(file), path.basename(file, '.js'), 'dnsconfig.js')).href;
}

function load(host: string, file: string): { text: string; doc: TextDocument; diagnostics: ServiceDiagnostic[] } {
  const text = fs.readFileSync(file, 'utf8');
  const uri = uriOf(host, file);
  const parsed = ls.parse({ uri, text });
  assert.ok(parsed, `${file}: no host parsed the fixture`);
  assert.equal(parsed.host, host, `${file}: not parsed as ${host}`);
  assert.ok(parsed.records.length > 0, `${file}: no records found`);
  return { text, doc: TextDocument.create(uri, file.endsWith('.ts') ? 'typescript' : 'javascript', 1, text), diagnostics: ls.validate(parsed) };
}



function folders(): { host: string; code: string }[] {
  const out: { host: string; code: string }[] = [];
  for (const host of HOSTS) {
    const root = path.join(FIXTURES, host);
    if (!fs.existsSync(root)) continue;
    for (const prefix of fs.readdirSync(root)) {
      for (const name of fs.readdirSync(path.join(root, prefix))) out.push({ host, code: `${prefix}/${name}` });
    }
  }
  return out.sort((a, b) => `${a.host}/${a.code}`.localeCompare(`${b.host}/${b.code}`));
}

function fixture(dir: string, name: string): string | undefined {
  for (const ext of ['.js', '.ts']) if (fs.existsSync(path.join(dir, name + ext))) return path.join(dir, name + ext);
  return undefined;
}

for (const { host, code } of folders()) {
  test(`${host} fixtures of ${code}`, () => {
    assert.ok(registered.has(code), `fixtures-js/${host}/${code} belongs to no registered rule`);
    const dir = path.join(FIXTURES, host, ...code.split('/'));
    const firesFile = fixture(dir, 'fires');
    const cleanFile = fixture(dir, 'clean');
    assert.ok(firesFile && cleanFile, `fixtures-js/${host}/${code} needs fires and clean files`);

    const fires = load(host, firesFile);
    const annotations = parseAnnotations(fires.text, firesFile, '//');
    for (const a of annotations) assert.ok(registered.has(a.code), `${firesFile}: annotation names unknown code ${a.code}`);
    const expected = annotations.filter((a) => a.code === code).map((e) => `${e.line + 1}:${e.start}-${e.line + 1}:${e.end} ${e.code}`).sort();
    assert.ok(expected.length > 0, `${firesFile} has no annotation for ${code}`);
    const mine = fires.diagnostics.filter((d) => d.code === code);
    assert.deepEqual(mine.map((d) => describeActual(fires.doc, d)).sort(), expected, `${path.relative(ROOT, firesFile)}: diagnostics of ${code}`);

    const clean = load(host, cleanFile);
    const noise = clean.diagnostics.filter((d) => d.code === code);
    assert.deepEqual(noise.map((d) => describeActual(clean.doc, d)), [], `${path.relative(ROOT, cleanFile)}: ${code} fired on the clean fixture`);

    const fixedFile = path.join(dir, `fixed${path.extname(firesFile)}`);
    const firstFixes = mine.map((d) => d.fixes?.[0]).filter((f) => f !== undefined);
    if (firstFixes.length === 0) {
      assert.ok(!fs.existsSync(fixedFile), `${path.relative(ROOT, fixedFile)} exists but ${code} offered no fix`);
      return;
    }
    assert.ok(fs.existsSync(fixedFile), `missing ${path.relative(ROOT, fixedFile)} (${code} offers fixes)`);
    const after = applyEdits(fires.text, firstFixes.flatMap((f) => f.edits));
    assert.equal(after, fs.readFileSync(fixedFile, 'utf8'), `${path.relative(ROOT, fixedFile)} differs from the fires file after the fixes`);
    // The fixed text still parses to the same number of records, and the code no longer fires on the fixed lines.
    const reparsed = ls.parse({ uri: uriOf(host, fixedFile), text: after })!;
    assert.equal(reparsed.records.length, ls.parse({ uri: uriOf(host, firesFile), text: fires.text })!.records.length, 'the fix broke the program');
    assert.equal(ls.validate(reparsed).filter((d) => d.code === code).length, 0, `${code} still fires after its fixes`);
  });
}

test('every JavaScript host has fixtures', () => {
  for (const host of HOSTS) assert.ok(folders().some((f) => f.host === host), `no fixtures for ${host}`);
});

test('annotation parser reads columns and the column-0 form', () => {
  const text = 'TXT("@", "x")\n//         ^ a/b\n//^^^ c/d\n';
  assert.deepEqual(parseAnnotations(text, 't', '//'), [
    { code: 'a/b', line: 0, start: 11, end: 12 },
    { code: 'c/d', line: 0, start: 0, end: 3 },
  ]);
});
