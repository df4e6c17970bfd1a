/** `docs/rules.md` is generated from the registry; this fails when it is stale or its anchors drift. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/service/index';
import { ruleDocHref } from '../../server/src/service/features/diagnostic';
import { renderRulesDoc, ruleAnchor } from '../../server/src/tools/generate-docs';
import { ROOT } from '../support/paths';

/** GitHub's heading slug: lower case, punctuation other than `-` and `_` dropped, spaces to `-`. */
function githubSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

test('docs/rules.md is current (run `npm run docs:rules` after changing a rule)', () => {
  const file = path.join(ROOT, 'docs', 'rules.md');
  assert.ok(fs.existsSync(file), 'docs/rules.md is missing; run `npm run docs:rules`');
  const have = fs.readFileSync(file, 'utf8');
  const want = renderRulesDoc();
  if (have !== want) {
    const a = have.split('\n');
    const b = want.split('\n');
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    assert.fail(`docs/rules.md is stale at line ${i + 1}:\n  file:      ${JSON.stringify(a[i])}\n  generated: ${JSON.stringify(b[i])}\nRun \`npm run docs:rules\`.`);
  }
});

test('every rule has a heading whose GitHub anchor is the one diagnostics link to', () => {
  const doc = renderRulesDoc();
  const headings = new Set(doc.split('\n').filter((l) => l.startsWith('### ')).map((l) => githubSlug(l.slice(4))));
  for (const rule of RULES) {
    assert.equal(ruleAnchor(rule.code), githubSlug(rule.code), rule.code);
    assert.ok(headings.has(ruleAnchor(rule.code)), `no heading for ${rule.code}`);
    assert.ok(ruleDocHref(rule.code).endsWith(`#${githubSlug(rule.code)}`), rule.code);
  }
  assert.equal(headings.size, RULES.length, 'two rules share an anchor');
});

test('every rule documents what, why and both examples', () => {
  for (const rule of RULES) {
    for (const key of ['what', 'why', 'bad', 'good'] as const) {
      assert.ok(rule.docs[key].trim().length > 0, `${rule.code}: docs.${key} is empty`);
    }
    assert.notEqual(rule.docs.bad.trim(), rule.docs.good.trim(), `${rule.code}: bad and good examples are the same`);
  }
});
