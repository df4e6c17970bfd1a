// Packages the extension as zonemail-<version>.vsix with vsce, then checks what went in:
// only the allowed files (bundled: no node_modules), and the package is smaller than 2 MB.
// `npm run package` runs `npm run build` first; vsce itself runs `vscode:prepublish` (esbuild
// --production), so the package always holds bundles made from the current sources.
// Usage: node scripts/package.mjs [--print-path]   (--print-path: the .vsix path alone on stdout)
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const MAX_BYTES = 2 * 1024 * 1024;
/** Every file the package may hold; the first seven must be there. */
const REQUIRED = [
  'package.json',
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
  'dist/client.js',
  'dist/server.js',
  'dist/cli.js',
];
const ALLOWED = [
  ...REQUIRED.map((f) => new RegExp(`^${f.replace(/\./g, '\\.')}$`)),
  /^images\/icon\.png$/,
  /^syntaxes\/[\w-]+\.tmLanguage\.json$/,
  /^snippets\/[\w-]+\.json$/,
  /^language-configuration\/[\w-]+\.json$/,
  /^walkthroughs\/[\w-]+\.md$/,
  /^examples\/example\.com\.zone$/,
];

const printPath = process.argv.includes('--print-path');
const log = (line) => console.error(line);
const { version, name } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const vsix = join(ROOT, `${name}-${version}.vsix`);
const vsce = join(ROOT, 'node_modules', '.bin', 'vsce');

function fail(message) {
  log(`package: FAILED: ${message}`);
  process.exit(1);
}

function run(args) {
  const result = spawnSync(vsce, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) fail(`vsce ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  return result.stdout;
}

// What vsce will put in the package (the same file selection as `vsce package`).
const files = run(['ls', '--no-dependencies']).split('\n').map((l) => l.trim()).filter(Boolean).sort();
const unexpected = files.filter((f) => !ALLOWED.some((re) => re.test(f)));
if (files.some((f) => f.split('/').includes('node_modules'))) fail('node_modules in the package: the extension must be bundled');
if (unexpected.length > 0) fail(`files that do not belong in the package: ${unexpected.join(', ')} (see .vscodeignore)`);
const missing = REQUIRED.filter((f) => !files.includes(f));
if (missing.length > 0) fail(`missing from the package: ${missing.join(', ')}`);

const packaged = run(['package', '--no-dependencies', '--out', vsix]);
if (!printPath) process.stdout.write(packaged);
else log(packaged.trim());
const bytes = statSync(vsix).size;
log(`package: ${vsix}: ${files.length} files, ${(bytes / 1024).toFixed(0)} KiB (limit ${MAX_BYTES / 1024 / 1024} MB)`);
if (bytes > MAX_BYTES) fail(`${vsix} is ${bytes} bytes, above the limit of ${MAX_BYTES}`);
if (printPath) console.log(vsix);
