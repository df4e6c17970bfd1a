/**
 * Annotated Terraform rule fixtures: for every folder `fixtures-terraform/a/b/`, `fires.tf` must
 * produce exactly the annotated diagnostics of code `a/b`, `clean.tf` none, and `fixed.tf`
 * (present exactly when the rule offers fixes) the text after applying the first fix of each.
 * Every registered `terraform/...` code has a folder here; other folders show existing record
 * rules through Terraform resources.
 *
 * Annotation: an HCL comment line `#   ^^^^ a/b` below the line it marks; the carets sit under
 * the expected range on the nearest preceding non-annotation line. A caret right after the `#`
 * (column 1) means the range starts at column 0. Annotation lines stay in the file (they are
 * comments), so line numbers are those of the file.
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

const FIXTURES = path.join(ROOT, 'test', 'rules', 'fixtures-terraform');
const ls = getLanguageService();
const registered = new Set(RULES.map((r) => r.code));


function load(file: string): { text: string; doc: TextDocument; diagnostics: ServiceDiagnostic[] } {
  const text = fs.readFileSync(file, 'utf8');
  const uri = pathToFileURL(file).href;
  const parsed = ls.parse({ uri, text });
  assert.ok(parsed, `${file}: no host parsed the fixture`);
  assert.equal(parsed.host, 'terraform', `${file}: not parsed as Terraform`);
  return { text, doc: TextDocument.create(uri, 'terraform', 1, text), diagnostics: ls.validate(parsed) };
}



function folders(): string[] {
  if (!fs.existsSync(FIXTURES)) return [];
  const out: string[] = [];
  for (const prefix of fs.readdirSync(FIXTURES)) {
    const dir = path.join(FIXTURES, prefix);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const name of fs.readdirSync(dir)) out.push(`${prefix}/${name}`);
  }
  return out.sort();
}

for (const code of folders()) {
  test(`Terraform fixtures of ${code}`, () => {
    assert.ok(registered.has(code), `fixtures-terraform/${code} belongs to no registered rule`);
    const dir = path.join(FIXTURES, ...code.split('/'));
    const firesFile = path.join(dir, 'fires.tf');
    const cleanFile = path.join(dir, 'clean.tf');
    const fixedFile = path.join(dir, 'fixed.tf');
    assert.ok(fs.existsSync(firesFile) && fs.existsSync(cleanFile), `fixtures-terraform/${code} needs fires.tf and clean.tf`);

    const fires = load(firesFile);
    const annotations = parseAnnotations(fires.text, firesFile, '#');
    for (const a of annotations) assert.ok(registered.has(a.code), `${firesFile}: annotation names unknown code ${a.code}`);
    const expected = annotations.filter((a) => a.code === code).map((e) => `${e.line + 1}:${e.start}-${e.line + 1}:${e.end} ${e.code}`).sort();
    assert.ok(expected.length > 0, `${firesFile} has no annotation for ${code}`);
    const mine = fires.diagnostics.filter((d) => d.code === code);
    assert.deepEqual(mine.map((d) => describeActual(fires.doc, d)).sort(), expected, `${path.relative(ROOT, firesFile)}: diagnostics of ${code}`);

    const clean = load(cleanFile);
    const noise = clean.diagnostics.filter((d) => d.code === code);
    assert.deepEqual(noise.map((d) => describeActual(clean.doc, d)), [], `${path.relative(ROOT, cleanFile)}: ${code} fired on the clean fixture`);

    const firstFixes = mine.map((d) => d.fixes?.[0]).filter((f) => f !== undefined);
    if (firstFixes.length === 0) {
      assert.ok(!fs.existsSync(fixedFile), `${path.relative(ROOT, fixedFile)} exists but ${code} offered no fix`);
      return;
    }
    assert.ok(fs.existsSync(fixedFile), `missing ${path.relative(ROOT, fixedFile)} (${code} offers fixes)`);
    const after = applyEdits(fires.text, firstFixes.flatMap((f) => f.edits));
    assert.equal(after, fs.readFileSync(fixedFile, 'utf8'), `${path.relative(ROOT, fixedFile)} differs from fires.tf after the fixes`);
    // The fixed text is still Terraform the host reads, with no syntax problem.
    const reparsed = ls.parse({ uri: pathToFileURL(fixedFile).href, text: after })!;
    assert.deepEqual(reparsed.problems.filter((p) => p.code === 'terraform/syntax'), [], 'the fix broke the HCL');
  });
}

test('every registered terraform/ code has Terraform fixtures', () => {
  const have = new Set(folders());
  const missing = RULES.map((r) => r.code).filter((c) => c.startsWith('terraform/') && !have.has(c));
  assert.deepEqual(missing, []);
});

test('annotation parser reads columns and the column-0 form', () => {
  const text = 'records = ["x"]\n#            ^ a/b\n#^^^ c/d\n';
  assert.deepEqual(parseAnnotations(text, 't', '#'), [
    { code: 'a/b', line: 0, start: 13, end: 14 },
    { code: 'c/d', line: 0, start: 0, end: 3 },
  ]);
});
