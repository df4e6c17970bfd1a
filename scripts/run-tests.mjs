// Runs every test tier over the compiled tests in out/test/.
// Usage: node scripts/run-tests.mjs [tier...]   (tiers: unit rules conformance cli lsp fuzz live nvim vscode)
//
// - fuzz: a short seeded fast-check budget over every parser and host (npm run fuzz runs a long one).
//
// - unit … nvim: Node's own test runner (node --test) over out/test/<tier>/**/*.test.js. The live
//   tier runs real DNS servers (Knot, from Debian's knot package) on 127.0.0.1.
// - nvim and vscode run what users install: the extension is packaged first (scripts/package.mjs,
//   zonemail-<version>.vsix), and both tiers get that file through $ZONEMAIL_VSIX.
// - vscode: the end-to-end suite in real VS Code (scripts/vscode-e2e.sh test: code-server and
//   headless Chromium, installed by the same script when missing). It prints TAP lines and
//   `N passed, N failed`; it is never skipped: when it cannot run, it fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const NODE_TIERS = ['unit', 'rules', 'conformance', 'cli', 'lsp', 'fuzz', 'live', 'nvim'];
const ALL = [...NODE_TIERS, 'vscode'];
const tiers = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ALL;
for (const tier of tiers) {
  if (!ALL.includes(tier)) {
    console.error(`unknown tier ${tier} (tiers: ${ALL.join(' ')})`);
    process.exit(2);
  }
}

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

const files = tiers
  .filter((tier) => NODE_TIERS.includes(tier))
  .flatMap((tier) => {
    const found = testFiles(join('out', 'test', tier));
    if (found.length === 0) {
      console.error(`no compiled tests in out/test/${tier}: run \`npm run build\` first`);
      process.exit(1);
    }
    return found;
  });

const env = { ...process.env };
if (tiers.includes('nvim') || tiers.includes('vscode')) {
  const packaged = spawnSync(process.execPath, [join(import.meta.dirname, 'package.mjs'), '--print-path'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (packaged.status !== 0) {
    console.error('packaging the extension failed');
    process.exit(1);
  }
  env.ZONEMAIL_VSIX = packaged.stdout.trim();
}

let status = 0;
if (files.length > 0) {
  const result = spawnSync(process.execPath, ['--test', '--test-concurrency=2', ...files], { stdio: 'inherit', env });
  status = result.status ?? 1;
}
if (tiers.includes('vscode')) {
  const started = Date.now();
  console.log('# vscode: the end-to-end suite in code-server (scripts/vscode-e2e.sh test)');
  const result = spawnSync(join(import.meta.dirname, 'vscode-e2e.sh'), ['test'], { stdio: 'inherit', env });
  console.log(`# vscode: ${result.status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (result.status !== 0) status = result.status ?? 1;
}
process.exit(status);
