/**
 * A validating resolver for the live tests: unbound in the foreground on a free 127.0.0.1 port,
 * with stub zones pointing at Knot and trust anchors (DS records) for the signed test zones, so
 * that their answers carry the AD bit. `stop()` ends it by its process id.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DirectResolver } from '../../server/src/live/resolvers/direct';
import { freePort, type KnotServer } from './support/knot';

export const UNBOUND = '/usr/sbin/unbound';

export interface UnboundServer {
  readonly port: number;
  readonly address: string;
  log(): string;
  stop(): Promise<void>;
}

export async function startUnbound(knot: KnotServer, zones: readonly string[], anchors: readonly string[], timeoutMs = 15000): Promise<UnboundServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zonemail-unbound-'));
  const port = await freePort();
  const conf = [
    'server:',
    '  interface: 127.0.0.1',
    `  port: ${port}`,
    '  do-ip6: no',
    '  do-daemonize: no',
    '  username: ""',
    '  chroot: ""',
    `  directory: "${dir}"`,
    `  pidfile: "${path.join(dir, 'unbound.pid')}"`,
    '  use-syslog: no',
    '  logfile: ""',
    '  verbosity: 1',
    '  do-not-query-localhost: no',
    '  qname-minimisation: no',
    '  access-control: 127.0.0.0/8 allow',
    '  module-config: "validator iterator"',
    '  local-zone: "test." nodefault',
    ...anchors.map((a) => `  trust-anchor: "${a}"`),
    'remote-control:',
    '  control-enable: no',
    ...zones.flatMap((z) => ['stub-zone:', `  name: "${z}."`, `  stub-addr: 127.0.0.1@${knot.port}`]),
    '',
  ].join('\n');
  const file = path.join(dir, 'unbound.conf');
  fs.writeFileSync(file, conf);
  const child = spawn(UNBOUND, ['-d', '-c', file], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (c: string) => {
    if (stderr.length < 1_000_000) stderr += c;
  });
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  const stop = async () => {
    if (!exited && child.pid !== undefined) {
      process.kill(child.pid, 'SIGTERM');
      await exit;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const resolver = new DirectResolver({ servers: [{ host: '127.0.0.1', port }], timeoutMs: 500, dnssec: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`unbound exited:\n${stderr}`);
    const answer = await resolver.query(zones[zones.length - 1]!, 'SOA');
    if (answer.kind === 'records') break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`unbound did not answer within ${timeoutMs} ms:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { port, address: `127.0.0.1:${port}`, log: () => stderr, stop };
}
