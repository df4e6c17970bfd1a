// Runs every test tier with Node's own test runner over the compiled tests in out/test/.
// Usage: node scripts/run-tests.mjs [tier...]   (tiers: unit rules conformance cli lsp nvim)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ALL = ['unit', 'rules', 'conformance', 'cli', 'lsp', 'nvim'];
const tiers = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ALL;

function testFiles(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...testFiles(path));
    else if (name.endsWith('.test.js')) out.push(path);
  }
  return out;
}

const files = tiers.flatMap((tier) => {
  const found = testFiles(join('out', 'test', tier));
  if (found.length === 0) {
    console.error(`no compiled tests in out/test/${tier}: run \`npm run build\` first`);
    process.exit(1);
  }
  return found;
});

const result = spawnSync(process.execPath, ['--test', '--test-concurrency=2', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
