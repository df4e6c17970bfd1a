/**
 * The `zonemail` command as CI and other tools run it: exit codes, the JSON, SARIF and text
 * formats exactly as documented, folders, help and version.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { LspClient } from '../support/lsp-client';
import { CLI_JS, ROOT } from '../support/paths';

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function zonemail(args: readonly string[], cwd: string): Run {
  const result = spawnSync(process.execPath, [CLI_JS, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const CLEAN = [
  '$ORIGIN example.com.',
  '$TTL 3600',
  '@ IN SOA ns1 hostmaster 2024010101 7200 3600 1209600 3600',
  '@ IN NS ns1',
  'ns1 IN A 192.0.2.53',
  'www IN A 192.0.2.1',
  '',
].join('\n');

/** Two errors: an unknown type on line 6 (0-based 5) and a bad TTL on line 7 (0-based 6). */
const BROKEN = CLEAN.replace('www IN A 192.0.2.1\n', 'bogus 3600 IN BOGUS x\nwww 1x IN A 192.0.2.1\n');

describe('zonemail check', () => {
  let dir: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zonemail-cli-'));
    fs.writeFileSync(path.join(dir, 'clean.zone'), CLEAN);
    fs.writeFileSync(path.join(dir, 'broken.zone'), BROKEN);
    // Named without a zone-file extension: checked when named, found in folders by content.
    fs.writeFileSync(path.join(dir, 'fragment.txt'), 'www IN BOGUS x\n');
    fs.writeFileSync(path.join(dir, 'binary.bin'), Buffer.from([0, 1, 2, 0xff, 0xfe, 0, 0x80, 10, 0, 0xc3]));
    const tree = path.join(dir, 'tree');
    fs.mkdirSync(path.join(tree, 'sub', 'deeper'), { recursive: true });
    fs.mkdirSync(path.join(tree, '.hidden'));
    fs.mkdirSync(path.join(tree, 'node_modules'));
    fs.writeFileSync(path.join(tree, 'sub', 'deeper', 'db.example'), BROKEN);
    fs.writeFileSync(path.join(tree, 'sub', 'by-content'), '$ORIGIN example.org.\nwww IN BOGUS x\n');
    fs.writeFileSync(path.join(tree, '.hidden', 'x.zone'), BROKEN);
    fs.writeFileSync(path.join(tree, 'node_modules', 'x.zone'), BROKEN);
    fs.writeFileSync(path.join(tree, 'README.md'), '# not a zone\nwww IN BOGUS x\n');
    fs.mkdirSync(path.join(dir, 'empty'));
    fs.writeFileSync(path.join(dir, 'empty', 'notes.md'), 'nothing here\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('exit 0 and a summary for a clean zone', () => {
    const run = zonemail(['check', 'clean.zone'], dir);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '0 errors, 0 warnings, 0 information in 1 files\n');
  });

  test('exit 1 and file:line:col lines when there are errors', () => {
    const run = zonemail(['check', 'broken.zone'], dir);
    assert.equal(run.status, 1, run.stderr);
    const lines = run.stdout.trimEnd().split('\n');
    assert.match(lines[0]!, /^broken\.zone:6:15: error zone\/unknown-type: .+/);
    assert.match(lines[1]!, /^broken\.zone:7:5: error zone\/invalid-ttl: .+/);
    assert.equal(lines[lines.length - 1], '2 errors, 0 warnings, 0 information in 1 files');
  });

  test('--format json prints one array in the documented shape', () => {
    const run = zonemail(['check', '--format', 'json', 'broken.zone', 'clean.zone'], dir);
    assert.equal(run.status, 1, run.stderr);
    const parsed = JSON.parse(run.stdout) as unknown[];
    assert.ok(Array.isArray(parsed));
    assert.deepEqual(parsed[0], {
      file: 'broken.zone',
      range: { start: { line: 5, character: 14 }, end: { line: 5, character: 19 } },
      severity: 'error',
      code: 'zone/unknown-type',
      message: (parsed[0] as { message: string }).message,
      source: 'zonemail',
    });
    assert.equal(Object.keys(parsed[0] as object).join(','), 'file,range,severity,code,message,source');
    assert.deepEqual(
      parsed.map((d) => (d as { code: string }).code),
      ['zone/unknown-type', 'zone/invalid-ttl'],
    );
    assert.deepEqual((parsed[1] as { range: unknown }).range, { start: { line: 6, character: 4 }, end: { line: 6, character: 6 } });
  });

  test('--format=json with nothing found prints an empty array and exits 0', () => {
    const run = zonemail(['check', '--format=json', 'clean.zone'], dir);
    assert.equal(run.status, 0);
    assert.deepEqual(JSON.parse(run.stdout), []);
  });

  test('--format sarif prints SARIF 2.1.0 with rules, results and 1-based regions', () => {
    const run = zonemail(['check', '--format', 'sarif', 'broken.zone'], dir);
    assert.equal(run.status, 1, run.stderr);
    const sarif = JSON.parse(run.stdout) as {
      $schema: string;
      version: string;
      runs: {
        columnKind: string;
        tool: { driver: { name: string; version: string; informationUri: string; rules: Record<string, any>[] } };
        results: Record<string, any>[];
      }[];
    };
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif/);
    assert.equal(sarif.runs.length, 1);
    const [run0] = sarif.runs;
    assert.ok(run0);
    assert.equal(run0.columnKind, 'utf16CodeUnits');
    const driver = run0.tool.driver;
    assert.equal(driver.name, 'zonemail');
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.equal(driver.version, manifest.version);
    assert.match(driver.informationUri, /^https:\/\//);
    for (const rule of driver.rules) {
      assert.equal(typeof rule.id, 'string');
      assert.ok(rule.shortDescription.text.length > 0);
      assert.ok(rule.fullDescription.text.length > 0);
      assert.match(rule.helpUri, /^https:\/\//);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
    }
    assert.equal(run0.results.length, 2);
    const result = run0.results[0]!;
    assert.equal(result.ruleId, 'zone/unknown-type');
    assert.equal(driver.rules[result.ruleIndex].id, 'zone/unknown-type');
    assert.equal(result.level, 'error');
    assert.ok(result.message.text.length > 0);
    assert.deepEqual(result.locations[0].physicalLocation, {
      artifactLocation: { uri: 'broken.zone' },
      region: { startLine: 6, startColumn: 15, endLine: 6, endColumn: 20 },
    });
  });

  test('a folder: zone files by name or content, skipping dot-folders and node_modules', () => {
    const run = zonemail(['check', '--format', 'json', 'tree'], dir);
    assert.equal(run.status, 1, run.stderr);
    const files = [...new Set((JSON.parse(run.stdout) as { file: string }[]).map((d) => d.file))];
    assert.deepEqual(files, [path.join('tree', 'sub', 'by-content'), path.join('tree', 'sub', 'deeper', 'db.example')]);
    const text = zonemail(['check', 'tree'], dir);
    assert.match(text.stdout, /in 2 files\n$/);
  });

  test('a folder with no zone files is fine', () => {
    const run = zonemail(['check', 'empty'], dir);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '0 errors, 0 warnings, 0 information in 0 files\n');
  });

  test('a file named on the command line is checked whatever its name', () => {
    const run = zonemail(['check', '--format', 'json', 'fragment.txt'], dir);
    assert.equal(run.status, 1, run.stderr);
    const codes = (JSON.parse(run.stdout) as { code: string }[]).map((d) => d.code);
    assert.ok(codes.includes('zone/unknown-type'), codes.join(', '));
  });

  test('binary input is handed to the checker, which reports it', () => {
    const run = zonemail(['check', '--format', 'json', 'binary.bin'], dir);
    assert.notEqual(run.status, 2, run.stderr);
    const codes = (JSON.parse(run.stdout) as { code: string }[]).map((d) => d.code);
    assert.ok(codes.includes('zone/binary-content'), codes.join(', '));
  });

  test('exit 2 for a missing file, with the reason on stderr', () => {
    const run = zonemail(['check', 'clean.zone', 'missing.zone'], dir);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /missing\.zone/);
    assert.match(run.stderr, /ENOENT|no such file/);
  });

  test('exit 2 for bad usage', () => {
    for (const args of [['check'], ['check', '--format', 'xml', 'clean.zone'], ['check', '--bogus', 'clean.zone'], ['frobnicate'], [], ['check', '--format']]) {
      const run = zonemail(args, dir);
      assert.equal(run.status, 2, `zonemail ${args.join(' ')}`);
      assert.match(run.stderr, /zonemail: /);
      assert.equal(run.stdout, '');
    }
  });

  test('--help and --version', () => {
    const help = zonemail(['--help'], dir);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Usage: zonemail/);
    assert.match(help.stdout, /check \[--format text\|json\|sarif\] PATH/);
    const checkHelp = zonemail(['check', '--help'], dir);
    assert.equal(checkHelp.status, 0);
    assert.equal(checkHelp.stdout, help.stdout);
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const version = zonemail(['--version'], dir);
    assert.equal(version.status, 0);
    assert.equal(version.stdout, `${manifest.version}\n`);
  });
});

test('zonemail lsp --stdio runs the language server', async () => {
  const client = await LspClient.start({ command: [CLI_JS, 'lsp', '--stdio'] });
  try {
    assert.equal(client.initializeResult?.serverInfo?.name, 'zonemail');
    const published = await client.open('file:///work/cli-lsp.zone', 'example.com. 3600 IN BOGUS x\n');
    assert.deepEqual(published.diagnostics.map((d) => d.code), ['zone/unknown-type']);
  } finally {
    assert.equal(await client.stop(), 0);
  }
});

test('zonemail lsp without a transport is bad usage', () => {
  const run = spawnSync(process.execPath, [CLI_JS, 'lsp'], { encoding: 'utf8' });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /--stdio/);
});
