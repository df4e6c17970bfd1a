/**
 * A real authoritative DNS server for the live tests: Knot DNS (`knotd`) in the foreground on a
 * free 127.0.0.1 port, serving zone files written into a temporary folder. `startKnot()` waits
 * until every zone answers a real SOA query (polled, bounded); `stop()` ends the process by its
 * id and removes the folder. Zones may be DNSSEC-signed (policy `fastsign`: ECDSA P-256, keys
 * that never roll, NSEC); `ds(zone)` gives the DS record `keymgr` computes, for a validating
 * resolver's trust anchor (see `unbound.ts`).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as dgram from 'node:dgram';
import * as os from 'node:os';
import * as path from 'node:path';
import { DirectResolver } from '../../../server/src/live/resolvers/direct';

export const KNOTD = '/usr/sbin/knotd';
export const KEYMGR = '/usr/sbin/keymgr';

export interface KnotZone {
  /** The zone's name, without the trailing dot (`example.test`; `.` for the root). */
  readonly name: string;
  /** The zone file's text (it must have an SOA and an NS record). */
  readonly text: string;
  /** Sign the zone (DNSSEC, policy fastsign). */
  readonly signed?: boolean;
}

export interface KnotServer {
  readonly host: '127.0.0.1';
  readonly port: number;
  /** `127.0.0.1:PORT`, as `--dns` takes it. */
  readonly address: string;
  readonly dir: string;
  /** The DS record of a signed zone, in presentation format (`zone. DS ...`). */
  ds(zone: string): string;
  /** Everything knotd wrote to stderr so far (for failure messages). */
  log(): string;
  stop(): Promise<void>;
}

/** A port free on 127.0.0.1 for both TCP and UDP at the time of asking. */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address() as net.AddressInfo;
        server.close(() => resolve(address.port));
      });
    });
    const udpFree = await new Promise<boolean>((resolve) => {
      const socket = dgram.createSocket('udp4');
      socket.once('error', () => resolve(false));
      socket.bind(port, '127.0.0.1', () => socket.close(() => resolve(true)));
    });
    if (udpFree) return port;
  }
  throw new Error('no free port on 127.0.0.1');
}

function zoneFile(name: string): string {
  return name === '.' ? 'root.zone' : `${name}.zone`;
}

function knotConf(dir: string, port: number, zones: readonly KnotZone[]): string {
  const q = (p: string) => JSON.stringify(p);
  return [
    'server:',
    `    rundir: ${q(path.join(dir, 'run'))}`,
    `    pidfile: ${q(path.join(dir, 'run', 'knot.pid'))}`,
    `    listen: 127.0.0.1@${port}`,
    '    udp-workers: 1',
    '    tcp-workers: 1',
    '    background-workers: 1',
    '',
    'log:',
    '  - target: stderr',
    '    any: info',
    '',
    'database:',
    `    storage: ${q(path.join(dir, 'db'))}`,
    '',
    'policy:',
    '  - id: fastsign',
    '    algorithm: ecdsap256sha256',
    '    ksk-lifetime: 0',
    '    zsk-lifetime: 0',
    '    nsec3: off',
    '',
    'template:',
    '  - id: default',
    `    storage: ${q(path.join(dir, 'zones'))}`,
    '    zonefile-sync: -1',
    '    zonefile-load: whole',
    '    journal-content: changes',
    '',
    'zone:',
    ...zones.flatMap((z) => [
      `  - domain: ${z.name === '.' ? '.' : `${z.name}.`}`,
      `    file: ${q(path.join(dir, 'zones', zoneFile(z.name)))}`,
      ...(z.signed ? ['    dnssec-signing: on', '    dnssec-policy: fastsign'] : []),
    ]),
    '',
  ].join('\n');
}

/** Starts knotd with the zones; resolves once every zone answers its SOA, or throws (bounded). */
export async function startKnot(zones: readonly KnotZone[], timeoutMs = 15000): Promise<KnotServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zonemail-knot-'));
  for (const sub of ['run', 'db', 'zones']) fs.mkdirSync(path.join(dir, sub));
  for (const z of zones) fs.writeFileSync(path.join(dir, 'zones', zoneFile(z.name)), z.text);
  const port = await freePort();
  const conf = path.join(dir, 'knot.conf');
  fs.writeFileSync(conf, knotConf(dir, port, zones));
  const child: ChildProcess = spawn(KNOTD, ['-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    if (stderr.length < 1_000_000) stderr += chunk;
  });
  let exited = false;
  const exit = new Promise<void>((resolve) => {
    child.once('exit', () => {
      exited = true;
      resolve();
    });
    child.once('error', () => {
      exited = true;
      resolve();
    });
  });

  const stop = async () => {
    if (!exited && child.pid !== undefined) {
      process.kill(child.pid, 'SIGTERM');
      const killer = setTimeout(() => {
        if (!exited && child.pid !== undefined) process.kill(child.pid, 'SIGKILL');
      }, 5000);
      await exit;
      clearTimeout(killer);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };

  // Poll: each zone must answer its SOA (and a signed zone its DNSKEY) before the tests start.
  const resolver = new DirectResolver({ servers: [{ host: '127.0.0.1', port }], timeoutMs: 500, dnssec: true });
  const deadline = Date.now() + timeoutMs;
  const pending = new Set(zones.map((z) => z.name));
  while (pending.size > 0) {
    if (exited) {
      await stop();
      throw new Error(`knotd exited before serving:\n${stderr}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`knotd did not serve ${[...pending].join(', ')} within ${timeoutMs} ms:\n${stderr}`);
    }
    for (const z of zones) {
      if (!pending.has(z.name)) continue;
      const answer = await resolver.query(z.name, z.signed ? 'DNSKEY' : 'SOA');
      if (answer.kind === 'records') pending.delete(z.name);
    }
    if (pending.size > 0) await new Promise((resolve) => setTimeout(resolve, 50));
  }

  return {
    host: '127.0.0.1',
    port,
    address: `127.0.0.1:${port}`,
    dir,
    ds(zone: string) {
      const out = spawnSync(KEYMGR, ['-c', conf, zone === '.' ? '.' : `${zone}.`, 'ds'], { encoding: 'utf8' });
      if (out.status !== 0) throw new Error(`keymgr ds failed: ${out.stderr}`);
      // One line per digest type; SHA-256 (digest type 2) is the one resolvers want.
      const lines = out.stdout.split('\n').filter((l) => /\sDS\s/.test(l));
      return (lines.find((l) => /\sDS\s+\d+\s+\d+\s+2\s/.test(l)) ?? lines[0] ?? '').trim();
    },
    log: () => stderr,
    stop,
  };
}
