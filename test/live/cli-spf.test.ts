/**
 * `zonemail spf` as users run it (the built CLI): offline against zone files converted from an
 * OpenSPF scenario (`--zone`, JSON and text), against Knot on 127.0.0.1 (`--dns`), and bad
 * usage (exit status 2).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadSuite } from '../conformance/openspf-suite';
import { CLI_JS } from '../support/paths';
import { convertZonedata } from './support/openspf-zones';
import { startKnot, type KnotServer } from './support/knot';

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI without blocking the event loop (the Knot server lives in this process's tests). */
function zonemail(args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI_JS, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const limits = loadSuite().find((s) => s.description === 'Processing limits')!;
const converted = convertZonedata(limits.zonedata);

interface Json {
  result: string;
  explanation: string | null;
  lookups: number;
  voidLookups: number;
  tree: { domain: string; terms: { text: string; lookups: number; child?: { domain: string; lookups: number } }[] };
}

describe('zonemail spf', () => {
  let dir: string;
  let zoneArgs: string[];
  let knot: KnotServer;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zonemail-spf-cli-'));
    zoneArgs = [];
    for (const [name, text] of converted.zones) {
      if (name === '.') continue;
      const file = path.join(dir, `${name}.zone`);
      fs.writeFileSync(file, text);
      zoneArgs.push('--zone', file);
    }
    knot = await startKnot([...converted.zones].map(([name, text]) => ({ name, text })));
  });
  after(async () => {
    await knot?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('--zone, JSON: mech-at-limit passes after 10 DNS lookups', async () => {
    const run = await zonemail(['spf', 'e6.example.com', '--ip', '1.2.3.4', '--sender', 'foo@e6.example.com', '--helo', 'mail.example.com', ...zoneArgs, '--format', 'json']);
    assert.equal(run.status, 0, run.stderr);
    const json = JSON.parse(run.stdout) as Json;
    assert.equal(json.result, 'pass');
    assert.equal(json.explanation, null);
    assert.equal(json.lookups, 10);
    assert.equal(json.voidLookups, 1, 'the ptr mechanism: 1.2.3.4 has no PTR record');
    assert.equal(json.tree.domain, 'e6.example.com');
  });

  test('--zone, JSON: include-over-limit is a permerror (exit status 0), the include costing 9', async () => {
    const run = await zonemail(['spf', 'e9.example.com', '--ip', '1.2.3.4', ...zoneArgs, '--format=json']);
    assert.equal(run.status, 0, run.stderr);
    const json = JSON.parse(run.stdout) as Json;
    assert.equal(json.result, 'permerror');
    assert.equal(json.lookups, 11);
    const include = json.tree.terms.find((t) => t.text === 'include:inc.example.com')!;
    assert.equal(include.lookups, 9);
    assert.equal(include.child?.domain, 'inc.example.com');
    assert.equal(include.child?.lookups, 8);
  });

  test('--zone reads a zone file that starts with a byte-order mark like one without', async () => {
    const file = path.join(dir, 'bom.example.zone');
    fs.writeFileSync(file, '\ufeff$ORIGIN bom.example.\n$TTL 300\n@ IN TXT "v=spf1 ip4:192.0.2.1 -all"\n');
    const run = await zonemail(['spf', 'bom.example', '--ip', '192.0.2.1', '--zone', file, '--format', 'json']);
    assert.equal(run.status, 0, run.stderr);
    assert.equal((JSON.parse(run.stdout) as Json).result, 'pass');
  });

  test('--zone, text: result, counts and the indented tree with the include cost', async () => {
    const run = await zonemail(['spf', 'e9.example.com', '--ip', '1.2.3.4', ...zoneArgs]);
    assert.equal(run.status, 0, run.stderr);
    const lines = run.stdout.split('\n');
    assert.equal(lines[0], 'SPF e9.example.com for 1.2.3.4: permerror');
    assert.match(run.stdout, /DNS lookups: 11 of 10, void lookups: 0 of 2/);
    assert.ok(lines.some((l) => /^ {2}include:inc\.example\.com no match \[cost 9\]/.test(l)), run.stdout);
    assert.ok(lines.some((l) => /^ {4}inc\.example\.com: neutral$/.test(l)), run.stdout);
    assert.ok(lines.some((l) => /^ {2}ip4:1\.2\.3\.4 \(not evaluated\)$/.test(l)), run.stdout);
  });

  test('--zone: a name not in the zones does not exist (none)', async () => {
    const run = await zonemail(['spf', 'nowhere.example.org', '--ip', '192.0.2.1', ...zoneArgs, '--format', 'json']);
    assert.equal(run.status, 0, run.stderr);
    assert.equal((JSON.parse(run.stdout) as Json).result, 'none');
  });

  test('--dns against Knot: the same answers as the zone files', async () => {
    const run = await zonemail(['spf', 'e6.example.com', '--ip', '1.2.3.4', '--dns', knot.address, '--format', 'json']);
    assert.equal(run.status, 0, run.stderr);
    const json = JSON.parse(run.stdout) as Json;
    assert.equal(json.result, 'pass');
    assert.equal(json.lookups, 10);
    const over = JSON.parse((await zonemail(['spf', 'e11.example.com', '--ip', '1.2.3.4', '--dns', knot.address, '--format', 'json'])).stdout) as Json;
    assert.equal(over.result, 'permerror');
    assert.equal(over.voidLookups, 3);
  });

  test('bad usage: exit status 2 with a message', async () => {
    const cases: [string[], RegExp][] = [
      [['spf'], /needs a DOMAIN/],
      [['spf', 'example.com'], /--ip IP/],
      [['spf', 'example.com', '--ip', 'not-an-ip'], /not an IPv4 or IPv6 address/],
      [['spf', 'example.com', '--ip', '192.0.2.1', '--format', 'sarif'], /unknown format/],
      [['spf', 'example.com', '--ip', '192.0.2.1', '--zone', 'x.zone', '--dns', '127.0.0.1'], /cannot be used together/],
      [['spf', 'example.com', '--ip', '192.0.2.1', '--doh', 'http://dns.example/dns-query'], /https:\/\//],
      [['spf', 'example.com', '--ip', '192.0.2.1', '--bogus'], /unknown option/],
      [['spf', 'example.com', '--ip', '192.0.2.1', '--zone', path.join(os.tmpdir(), 'zonemail-no-such-file.zone')], /cannot read/],
    ];
    for (const [args, message] of cases) {
      const run = await zonemail(args);
      assert.equal(run.status, 2, `${args.join(' ')}: ${run.stdout}`);
      assert.match(run.stderr, message, args.join(' '));
    }
  });
});
