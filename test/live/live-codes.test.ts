/**
 * Live-only codes have no fixture folder (test/rules/fixtures.test.ts skips them): each must be
 * reported somewhere in server/src/live and asserted by a live test in this folder instead.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { LIVE_CODES } from '../../server/src/service/policies/live-codes';
import { RULES } from '../../server/src/service';
import { ROOT } from '../support/paths';

function sources(dir: string): string {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}

test('every live code is registered, reported by the live checks and asserted by a live test', () => {
  const registered = new Set(RULES.map((r) => r.code));
  const code = sources(path.join(ROOT, 'server', 'src', 'live'));
  const tests = fs
    .readdirSync(path.join(ROOT, 'test', 'live'))
    .filter((f) => f.endsWith('.test.ts') && f !== 'live-codes.test.ts')
    .map((f) => fs.readFileSync(path.join(ROOT, 'test', 'live', f), 'utf8'))
    .join('\n');
  const missing: string[] = [];
  for (const rule of LIVE_CODES) {
    assert.ok(registered.has(rule.code), `${rule.code} is not in the registry`);
    if (!code.includes(`'${rule.code}'`)) missing.push(`${rule.code}: not reported in server/src/live`);
    if (!tests.includes(rule.code)) missing.push(`${rule.code}: no live test names it`);
  }
  assert.deepEqual(missing, []);
});
