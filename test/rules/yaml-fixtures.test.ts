/**
 * Annotated fixtures of the YAML/JSON hosts: for every folder `fixtures-yaml/<host>/a/b/`,
 * `fires.<ext>` must produce exactly the annotated diagnostics of code `a/b`, `clean.<ext>` none,
 * and `fixed.<ext>` (present exactly when the rule offers fixes) the text after applying the
 * first fix of each. Every registered `cloudformation/`, `octodns/` and `ansible/` code has a
 * folder; other folders show existing record rules through these hosts.
 *
 * Hosts: `cloudformation` and `ansible` (`.yaml`), `cloudformation-json` (`.json`, comments
 * allowed by the JSON parser), `octodns` (`.yaml`, parsed as `example.com.yaml` in the folder,
 * since octoDNS takes the zone from the file name).
 *
 * Annotation: a comment line `#   ^^^^ a/b` (`//   ^^^^ a/b` in JSON) below the line it marks;
 * the carets sit under the expected range on the nearest preceding non-annotation line. A caret
 * right after the comment mark means the range starts at column 0. Annotation lines stay in the
 * file (they are comments), so line numbers are those of the file.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService, RULES, type ServiceDiagnostic } from '../../server/src/service/index';
import { ROOT } from '../support/paths';
import { applyEdits, describeActual, parseAnnotations, underline } from './support/fixture-kit';

const FIXTURES = path.join(ROOT, 'test', 'rules', 'fixtures-yaml');
const ls = getLanguageService();
const registered = new Set(RULES.map((r) => r.code));

interface HostSetup {
  readonly host: string;
  readonly ext: '.yaml' | '.json';
  readonly languageId: string;
  /** The URI the fixture is parsed under. */
  uri(file: string): string;
}

const HOSTS: Readonly<Record<string, HostSetup>> = {
  cloudformation: { host: 'cloudformation', ext: '.yaml', languageId: 'yaml', uri: (f) => pathToFileURL(f).href },
  'cloudformation-json': { host: 'cloudformation', ext: '.json', languageId: 'json', uri: (f) => pathToFileURL(f).href },
  octodns: { host: 'octodns', ext: '.yaml', languageId: 'yaml', uri: (f) => pathToFileURL(path.join(path.dirname(f), path.basename(f, '.yaml'), 'example.com.yaml')).href },
  ansible: { host: 'ansible', ext: '.yaml', languageId: 'yaml', uri: (f) => pathToFileURL(f).href },
};


function load(setup: HostSetup, file: string): { text: string; doc: TextDocument; diagnostics: ServiceDiagnostic[] } {
  const text = fs.readFileSync(file, 'utf8');
  const uri = setup.uri(file);
  const parsed = ls.parse({ uri, text, languageId: setup.languageId });
  assert.ok(parsed, `${file}: no host parsed the fixture`);
  assert.equal(parsed.host, setup.host, `${file}: not parsed as ${setup.host}`);
  return { text, doc: TextDocument.create(uri, setup.languageId, 1, text), diagnostics: ls.validate(parsed) };
}




function folders(): { hostDir: string; code: string; dir: string }[] {
  const out: { hostDir: string; code: string; dir: string }[] = [];
  if (!fs.existsSync(FIXTURES)) return out;
  for (const hostDir of fs.readdirSync(FIXTURES).sort()) {
    const h = path.join(FIXTURES, hostDir);
    if (!fs.statSync(h).isDirectory()) continue;
    for (const prefix of fs.readdirSync(h).sort()) {
      const p = path.join(h, prefix);
      if (!fs.statSync(p).isDirectory()) continue;
      for (const name of fs.readdirSync(p).sort()) out.push({ hostDir, code: `${prefix}/${name}`, dir: path.join(p, name) });
    }
  }
  return out;
}

for (const { hostDir, code, dir } of folders()) {
  test(`yaml/json fixtures of ${code} (${hostDir})`, () => {
    const setup = HOSTS[hostDir];
    assert.ok(setup, `unknown host folder ${hostDir}`);
    assert.ok(registered.has(code), `fixture folder for unregistered code ${code}`);
    const mark = setup.ext === '.json' ? '//' : '#';
    const firesFile = path.join(dir, `fires${setup.ext}`);
    const cleanFile = path.join(dir, `clean${setup.ext}`);
    const fixedFile = path.join(dir, `fixed${setup.ext}`);
    assert.ok(fs.existsSync(firesFile), `missing ${path.relative(ROOT, firesFile)}`);
    assert.ok(fs.existsSync(cleanFile), `missing ${path.relative(ROOT, cleanFile)}`);

    const fires = load(setup, firesFile);
    const annotations = parseAnnotations(fires.text, firesFile, mark);
    for (const a of annotations) assert.ok(registered.has(a.code), `${firesFile}: annotation names unknown code ${a.code}`);
    const expected = annotations.filter((a) => a.code === code).map((e) => `${e.line + 1}:${e.start}-${e.line + 1}:${e.end} ${e.code}`).sort();
    assert.ok(expected.length > 0, `${path.relative(ROOT, firesFile)} has no annotation for ${code}`);
    const mine = fires.diagnostics.filter((d) => d.code === code);
    const actual = mine.map((d) => describeActual(fires.doc, d)).sort();
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      const missing = expected.filter((e) => !actual.includes(e));
      const extra = mine.filter((d) => !expected.includes(describeActual(fires.doc, d)));
      assert.fail(
        `${path.relative(ROOT, firesFile)}: diagnostics of ${code} differ from the annotations\n` +
          (missing.length ? `  expected but not reported:\n${missing.map((m) => `    ${m}`).join('\n')}\n` : '') +
          (extra.length ? `  reported but not annotated:\n${extra.map((d) => underline(fires.text, fires.doc, d)).join('\n')}\n` : ''),
      );
    }

    const clean = load(setup, cleanFile);
    const noise = clean.diagnostics.filter((d) => d.code === code);
    assert.equal(noise.length, 0, `${path.relative(ROOT, cleanFile)}: ${code} fired:\n${noise.map((d) => underline(clean.text, clean.doc, d)).join('\n')}`);

    const firstFixes = mine.map((d) => d.fixes?.[0]).filter((f) => f !== undefined);
    if (firstFixes.length === 0) {
      assert.ok(!fs.existsSync(fixedFile), `${path.relative(ROOT, fixedFile)} exists but ${code} offered no fix`);
      return;
    }
    assert.ok(fs.existsSync(fixedFile), `missing ${path.relative(ROOT, fixedFile)} (${code} offers fixes)`);
    const after = applyEdits(fires.text, firstFixes.flatMap((f) => f.edits));
    assert.equal(after, fs.readFileSync(fixedFile, 'utf8'), `${path.relative(ROOT, fixedFile)} differs from fires${setup.ext} after the fixes`);
    // The fixed text still parses as the same host, and only the diagnostics without a fix are left.
    const fixed = load(setup, fixedFile);
    const left = fixed.diagnostics.filter((d) => d.code === code);
    const unfixable = mine.filter((d) => !d.fixes || d.fixes.length === 0).length;
    assert.equal(left.length, unfixable, `${path.relative(ROOT, fixedFile)}: ${code} still fires after the fix:\n${left.map((d) => underline(fixed.text, fixed.doc, d)).join('\n')}`);
  });
}

test('every cloudformation/, octodns/ and ansible/ code has a YAML or JSON fixture folder', () => {
  const have = new Set(folders().map((f) => f.code));
  const missing = RULES.map((r) => r.code).filter((c) => /^(cloudformation|octodns|ansible)\//.test(c) && !have.has(c));
  assert.deepEqual(missing, []);
});

test('annotation parser: `#` and `//` marks, the column-0 form', () => {
  assert.deepEqual(parseAnnotations('a: b\n#  ^^ x/y\n#^ x/z\n', 't', '#'), [
    { code: 'x/y', line: 0, start: 3, end: 5 },
    { code: 'x/z', line: 0, start: 0, end: 1 },
  ]);
  assert.deepEqual(parseAnnotations('{"a": 1}\n//   ^^^ x/y\n', 't', '//'), [{ code: 'x/y', line: 0, start: 5, end: 8 }]);
});
