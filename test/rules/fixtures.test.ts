/**
 * Annotated rule fixtures: for every registered rule code `a/b`, `fixtures/a/b/fires.zone` must
 * produce exactly the annotated diagnostics of that code, `clean.zone` none, and `fixed.zone`
 * (present exactly when the rule offers fixes) the text after applying the first fix of each.
 *
 * Annotation: a comment line `;   ^^^^ a/b` below the line it marks; the carets sit under the
 * expected range on the nearest preceding non-annotation line. A caret right after the `;`
 * (column 1) means the range starts at column 0.
 *
 * MTA-STS policy files have no comments. A fixture folder of a policy-file rule holds instead
 * `fires.mta-sts.txt`, `clean.mta-sts.txt` and `fixed.mta-sts.txt` (parsed with the language id
 * `mta-sts-policy`), annotated the same way with `#` in place of `;`: `#   ^^^^ a/b`. Lines of
 * exactly that form are removed before parsing (other `#` lines stay, as policy text), and the
 * line and column of each annotation refer to the text without them; `fixed.mta-sts.txt` is
 * compared after the same removal. A `related.zone` beside a policy fixture is parsed as a zone
 * and passed to validation as a related document (for checks against the policy's zone).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService, RULES, type ServiceDiagnostic } from '../../server/src/service/index';
import { ROOT } from '../support/paths';
import { annotationPattern, applyEdits, describeActual, describeExpected, lineDiff, parseAnnotations, underline } from './support/fixture-kit';
import { LIVE_ONLY_CODES } from '../../server/src/service/policies/live-codes';

const FIXTURES = path.join(ROOT, 'test', 'rules', 'fixtures');
const POLICY_ANNOTATION = annotationPattern('#');

const ls = getLanguageService({
  fileSystem: {
    readFile(uri: string): string | undefined {
      try {
        return fs.readFileSync(fileURLToPath(uri), 'utf8');
      } catch {
        return undefined;
      }
    },
  },
});


/** A policy fixture's text without its annotation lines (line terminators kept). */
export function stripPolicyAnnotations(text: string): string {
  return (text.match(/[^\n]*\n|[^\n]+$/g) ?? []).filter((line) => !POLICY_ANNOTATION.test(line.replace(/\r?\n$/, ''))).join('');
}

function loadAndValidatePolicy(file: string): { text: string; raw: string; doc: TextDocument; diagnostics: ServiceDiagnostic[] } {
  const raw = fs.readFileSync(file, 'utf8');
  const text = stripPolicyAnnotations(raw);
  const uri = pathToFileURL(file).href;
  const parsed = ls.parse({ uri, text, languageId: 'mta-sts-policy' });
  assert.ok(parsed, `${file}: no host parsed the fixture`);
  const relatedFile = path.join(path.dirname(file), 'related.zone');
  const related = fs.existsSync(relatedFile)
    ? [ls.parse({ uri: pathToFileURL(relatedFile).href, text: fs.readFileSync(relatedFile, 'utf8'), languageId: 'dns-zone' })!]
    : [];
  return { text, raw, doc: TextDocument.create(uri, 'mta-sts-policy', 1, text), diagnostics: ls.validate(parsed, { related }) };
}

function loadAndValidate(file: string): { text: string; raw: string; doc: TextDocument; diagnostics: ServiceDiagnostic[] } {
  if (file.endsWith('.mta-sts.txt')) return loadAndValidatePolicy(file);
  const text = fs.readFileSync(file, 'utf8');
  const uri = pathToFileURL(file).href;
  // A fixture folder may hold limits.json (e.g. {"maxSize": 64}) for rules about the size limit.
  const limitsFile = path.join(path.dirname(file), 'limits.json');
  const limits = fs.existsSync(limitsFile) ? (JSON.parse(fs.readFileSync(limitsFile, 'utf8')) as { maxSize?: number }) : {};
  const parsed = ls.parse({ uri, text, languageId: 'dns-zone' }, false, limits);
  assert.ok(parsed, `${file}: no host parsed the fixture`);
  return { text, raw: text, doc: TextDocument.create(uri, 'dns-zone', 1, text), diagnostics: ls.validate(parsed) };
}






const registered = new Set(RULES.map((r) => r.code));

const YAML_FIXTURES = path.join(ROOT, 'test', 'rules', 'fixtures-yaml');
function hasYamlFixture(code: string): boolean {
  return fs.existsSync(YAML_FIXTURES) && fs.readdirSync(YAML_FIXTURES).some((host) => fs.existsSync(path.join(YAML_FIXTURES, host, ...code.split('/'), 'fires.yaml')) || fs.existsSync(path.join(YAML_FIXTURES, host, ...code.split('/'), 'fires.json')));
}

for (const rule of RULES) {
  test(`fixtures of ${rule.code}`, () => {
    // Live-only codes have no document to fire on: test/live/live-codes.test.ts asserts a live test covers each.
    if (LIVE_ONLY_CODES.has(rule.code)) return;
    const dir = path.join(FIXTURES, ...rule.code.split('/'));
    // Rules of one IaC host only are covered by fixtures-yaml/<host>/<code>/ (yaml-fixtures.test.ts)
    // or fixtures-terraform/ (terraform-fixtures.test.ts); every other rule needs its zone fixtures here.
    const hostOnly = /^(cloudformation|octodns|ansible|terraform)\//.test(rule.code);
    if (hostOnly && !fs.existsSync(dir) && hasYamlFixture(rule.code)) return;
    if (hostOnly && !fs.existsSync(dir) && fs.existsSync(path.join(FIXTURES, '..', 'fixtures-terraform', ...rule.code.split('/')))) return;
    const policy = fs.existsSync(path.join(dir, 'fires.mta-sts.txt'));
    const ext = policy ? '.mta-sts.txt' : '.zone';
    const firesFile = path.join(dir, `fires${ext}`);
    const cleanFile = path.join(dir, `clean${ext}`);
    const fixedFile = path.join(dir, `fixed${ext}`);
    assert.ok(fs.existsSync(firesFile), `missing fixture ${path.relative(ROOT, firesFile)}`);
    assert.ok(fs.existsSync(cleanFile), `missing fixture ${path.relative(ROOT, cleanFile)}`);

    // fires.zone: exactly the annotated diagnostics of this code.
    const fires = loadAndValidate(firesFile);
    const annotations = policy ? parseAnnotations(fires.raw, firesFile, '#', true) : parseAnnotations(fires.text, firesFile, ';');
    for (const a of annotations) assert.ok(registered.has(a.code), `${firesFile}:${a.line + 2}: annotation names unknown code ${a.code}`);
    const expected = annotations.filter((a) => a.code === rule.code).map(describeExpected).sort();
    assert.ok(expected.length > 0, `${path.relative(ROOT, firesFile)} has no annotation for ${rule.code}`);
    const mine = fires.diagnostics.filter((d) => d.code === rule.code);
    const actual = mine.map((d) => describeActual(fires.doc, d)).sort();
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      const missing = expected.filter((e) => !actual.includes(e));
      const extra = mine.filter((d) => !expected.includes(describeActual(fires.doc, d)));
      assert.fail(
        `${path.relative(ROOT, firesFile)}: diagnostics of ${rule.code} differ from the annotations (line:col, 1-based lines)\n` +
          (missing.length ? `  expected but not reported:\n${missing.map((m) => `    ${m}`).join('\n')}\n` : '') +
          (extra.length ? `  reported but not annotated:\n${extra.map((d) => underline(fires.text, fires.doc, d)).join('\n')}\n` : ''),
      );
    }

    // clean.zone: no diagnostics of this code.
    const clean = loadAndValidate(cleanFile);
    const noise = clean.diagnostics.filter((d) => d.code === rule.code);
    assert.equal(
      noise.length,
      0,
      `${path.relative(ROOT, cleanFile)}: ${rule.code} fired on the clean fixture:\n${noise.map((d) => underline(clean.text, clean.doc, d)).join('\n')}`,
    );

    // fixed.zone: present exactly when the rule offers fixes.
    const firstFixes = mine.map((d) => d.fixes?.[0]).filter((f) => f !== undefined);
    if (firstFixes.length === 0) {
      assert.ok(!fs.existsSync(fixedFile), `${path.relative(ROOT, fixedFile)} exists but ${rule.code} offered no fix`);
      return;
    }
    assert.ok(fs.existsSync(fixedFile), `missing fixture ${path.relative(ROOT, fixedFile)} (${rule.code} offers fixes)`);
    const after = applyEdits(fires.text, firstFixes.flatMap((f) => f.edits));
    const fixedText = fs.readFileSync(fixedFile, 'utf8');
    const want = policy ? stripPolicyAnnotations(fixedText) : fixedText;
    if (after !== want) assert.fail(`${path.relative(ROOT, fixedFile)} differs from fires.zone after the fixes:\n${lineDiff(want, after)}`);
  });
}

test('every fixture folder belongs to a registered rule', () => {
  const stale: string[] = [];
  if (!fs.existsSync(FIXTURES)) return assert.fail(`missing ${FIXTURES}`);
  for (const prefix of fs.readdirSync(FIXTURES)) {
    const prefixDir = path.join(FIXTURES, prefix);
    if (!fs.statSync(prefixDir).isDirectory()) continue;
    for (const name of fs.readdirSync(prefixDir)) {
      if (!registered.has(`${prefix}/${name}`)) stale.push(`${prefix}/${name}`);
    }
  }
  assert.deepEqual(stale, [], `fixture folders without a registered rule: ${stale.join(', ')}`);
});

test('annotation parser reads columns and the column-0 form', () => {
  const text = '$ORIGIN example.com.\nwww CNAME x\n;   ^^^^^ zone/a\n;^^^ zone/b\n';
  assert.deepEqual(parseAnnotations(text, 't', ';'), [
    { code: 'zone/a', line: 1, start: 4, end: 9 },
    { code: 'zone/b', line: 1, start: 0, end: 3 },
  ]);
});

test('policy annotations: `#` lines are removed and positions refer to the text without them', () => {
  const raw = 'version: STSv1\r\nmode: Enforce\r\n#     ^^^^^^^ mta-sts/policy-mode\r\n#^^^^ mta-sts/policy-x\r\n# not an annotation\r\nmx: a\n';
  assert.equal(stripPolicyAnnotations(raw), 'version: STSv1\r\nmode: Enforce\r\n# not an annotation\r\nmx: a\n');
  assert.deepEqual(parseAnnotations(raw, 't', '#', true), [
    { code: 'mta-sts/policy-mode', line: 1, start: 6, end: 13 },
    { code: 'mta-sts/policy-x', line: 1, start: 0, end: 4 },
  ]);
});
