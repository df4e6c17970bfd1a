/**
 * Neovim 0.7 (headless) as a second LSP client: it gets the same diagnostics, with the same
 * codes and positions, as `zonemail check --format json` on the same file.
 *
 * Both the server and the CLI are the ones in the packaged extension (`zonemail-<version>.vsix`,
 * made by `npm run package`, or the file named by $ZONEMAIL_VSIX): the bundle that VS Code users
 * install is the one Neovim users run. `scripts/run-tests.mjs` packages before this tier.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT } from '../support/paths';

const SCRIPT = path.join(ROOT, 'test', 'nvim', 'diagnostics.lua');
const { name, version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const VSIX = process.env['ZONEMAIL_VSIX'] ?? path.join(ROOT, `${name}-${version}.vsix`);

/** ASCII only, so Neovim's byte columns equal LSP's UTF-16 characters. */
const ZONE = [
  '$ORIGIN example.com.',
  '$TTL 3600',
  '@ IN SOA ns1 hostmaster 2024010101 7200 3600 1209600 3600',
  '@ IN NS ns1',
  'ns1 IN A 192.0.2.53',
  'bogus 3600 IN BOGUS x',
  'www 1x IN A 192.0.2.1',
  'alias IN CNAME www',
  'alias IN TXT "hello"',
  '',
].join('\n');

interface Seen {
  readonly code: string;
  /** Start and end as [line, character]. */
  readonly start: [number, number];
  readonly end: [number, number];
}

const order = (a: Seen, b: Seen) => a.start[0] - b.start[0] || a.start[1] - b.start[1] || a.code.localeCompare(b.code);

interface Position {
  line: number;
  character: number;
}

let dir: string;
/** The packaged server and CLI, unzipped from the .vsix. */
let SERVER_JS: string;
let CLI_JS: string;
before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zonemail-nvim-'));
  assert.ok(fs.existsSync(VSIX), `${VSIX} is missing: run \`npm run package\` first`);
  const unpacked = path.join(dir, 'vsix');
  const unzip = spawnSync('unzip', ['-q', VSIX, 'extension/dist/*', 'extension/package.json', '-d', unpacked], { encoding: 'utf8' });
  assert.equal(unzip.status, 0, `unzip ${VSIX}: ${unzip.error?.message ?? unzip.stderr}`);
  const extension = path.join(unpacked, 'extension');
  SERVER_JS = path.join(extension, 'dist', 'server.js');
  CLI_JS = path.join(extension, 'dist', 'cli.js');
  assert.ok(fs.existsSync(SERVER_JS) && fs.existsSync(CLI_JS), 'the package holds dist/server.js and dist/cli.js');
  // The package is of this version of the checkout.
  const packaged = JSON.parse(fs.readFileSync(path.join(extension, 'package.json'), 'utf8')) as { version: string };
  assert.equal(packaged.version, version);
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('Neovim gets the same diagnostics as the command line', () => {
  const zone = path.join(dir, 'example.com.zone');
  const out = path.join(dir, 'nvim-diagnostics.json');
  fs.writeFileSync(zone, ZONE);

  const cli = spawnSync(process.execPath, [CLI_JS, 'check', '--format', 'json', zone], { encoding: 'utf8' });
  assert.equal(cli.status, 1, cli.stderr);
  const expected: Seen[] = (JSON.parse(cli.stdout) as { code: string; range: { start: Position; end: Position } }[])
    .map((d): Seen => ({
      code: d.code,
      start: [d.range.start.line, d.range.start.character],
      end: [d.range.end.line, d.range.end.character],
    }))
    .sort(order);
  assert.ok(expected.length >= 3, JSON.stringify(expected));

  const nvim = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${SCRIPT}`, zone], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 30000,
    env: { ...process.env, ZONEMAIL_SERVER: SERVER_JS, ZONEMAIL_OUT: out },
  });
  assert.equal(nvim.status, 0, `nvim failed: ${nvim.stderr}${nvim.stdout}`);
  const got = JSON.parse(fs.readFileSync(out, 'utf8')) as {
    code: string;
    lnum: number;
    col: number;
    end_lnum: number;
    end_col: number;
    source: string;
    href: string;
  }[];
  for (const d of got) {
    assert.equal(d.source, 'zonemail');
    assert.match(d.href, /^https:\/\//);
  }
  const seen: Seen[] = got.map((d) => ({ code: d.code, start: [d.lnum, d.col], end: [d.end_lnum, d.end_col] }));
  assert.deepEqual(seen.sort(order), expected);
});
