/**
 * Hostile SMTP servers on 127.0.0.1 against the STARTTLS prober and the DANE check: a server
 * that never offers STARTTLS, one that offers it and answers 454, one that stalls after its
 * banner, one that never sends a banner, an endless multi-line banner, a close after the banner,
 * plain text where the TLS handshake should be, and a stall inside the handshake. Each ends
 * within its timeout as a value naming the stage, and through `checkDomain` as a
 * `live/dane-starttls` finding that says what happened.
 */
import assert from 'node:assert/strict';
import * as net from 'node:net';
import { after, before, describe, test } from 'node:test';
import { checkDomain } from '../../server/src/live/checks';
import { ZoneResolver } from '../../server/src/live/resolvers';
import { probeStartTls, type ProbeResult } from '../../server/src/live/tls-probe';

/** What a scripted server does with one connection. */
type Script = (socket: net.Socket) => void;

/** Answers each command line with `answer(line)` (nothing when it returns undefined). */
function dialogue(banner: string | undefined, answer: (line: string, socket: net.Socket) => string | undefined): Script {
  return (socket) => {
    if (banner !== undefined) socket.write(banner);
    let buffer = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const out = answer(line.toUpperCase(), socket);
        if (out !== undefined) socket.write(out);
      }
    });
  };
}

const EHLO_PLAIN = '250-mx.hostile.test\r\n250-PIPELINING\r\n250 SIZE 10240000\r\n';
const EHLO_TLS = '250-mx.hostile.test\r\n250-SIZE 10240000\r\n250 STARTTLS\r\n';

/** The server's side of a STARTTLS dialogue that answers 220 and then runs `then`. */
function untilStartTls(then: (socket: net.Socket) => void): Script {
  return dialogue('220 mx.hostile.test ESMTP\r\n', (line, socket) => {
    if (line.startsWith('EHLO')) return EHLO_TLS;
    if (line === 'STARTTLS') {
      socket.write('220 2.0.0 Ready to start TLS\r\n', () => then(socket));
      return undefined;
    }
    return '500 5.5.1 unknown\r\n';
  });
}

const SCRIPTS: Record<string, Script> = {
  'no-starttls': dialogue('220 mx.hostile.test ESMTP\r\n', (line) => (line.startsWith('EHLO') ? EHLO_PLAIN : '502 5.5.1 not implemented\r\n')),
  'starttls-454': dialogue('220 mx.hostile.test ESMTP\r\n', (line) =>
    line.startsWith('EHLO') ? EHLO_TLS : line === 'STARTTLS' ? '454 4.7.0 TLS not available due to temporary reason\r\n' : '500 5.5.1 unknown\r\n',
  ),
  'stall-after-banner': dialogue('220 mx.hostile.test ESMTP\r\n', () => undefined),
  'no-banner': () => undefined,
  'endless-banner': (socket) => {
    const line = Buffer.from(`220-${'x'.repeat(500)}\r\n`);
    const pump = () => {
      while (!socket.destroyed) if (!socket.write(line)) return void socket.once('drain', pump);
    };
    pump();
  },
  'close-after-banner': (socket) => socket.end('220 mx.hostile.test ESMTP\r\n'),
  'plain-after-starttls': untilStartTls((socket) => socket.write('this is not TLS\r\n'.repeat(8))),
  'stall-in-handshake': untilStartTls(() => undefined),
};

describe('hostile SMTP servers', () => {
  const servers = new Map<string, { server: net.Server; port: number; sockets: Set<net.Socket> }>();

  before(async () => {
    for (const [name, script] of Object.entries(SCRIPTS)) {
      const sockets = new Set<net.Socket>();
      const server = net.createServer((socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => undefined);
        script(socket);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      servers.set(name, { server, port: (server.address() as net.AddressInfo).port, sockets });
    }
  });

  after(async () => {
    for (const { server, sockets } of servers.values()) {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  /** Probes the named server; returns the result and how long it took. */
  async function probe(name: string, timeoutMs = 400, signal?: AbortSignal): Promise<{ r: ProbeResult; ms: number }> {
    const started = Date.now();
    const r = await probeStartTls({ host: 'mx.hostile.test', address: '127.0.0.1', port: servers.get(name)!.port, timeoutMs, ...(signal ? { signal } : {}) });
    return { r, ms: Date.now() - started };
  }

  /** Asserts an error at `stage` whose message matches, within `maxMs`. */
  async function assertFails(name: string, stage: string, message: RegExp, maxMs = 1500): Promise<void> {
    const { r, ms } = await probe(name);
    assert.equal(r.kind, 'error', JSON.stringify(r));
    assert.equal(r.kind === 'error' && r.stage, stage, JSON.stringify(r));
    assert.match(r.kind === 'error' ? r.message : '', message);
    assert.ok(ms < maxMs, `took ${ms} ms`);
  }

  test('STARTTLS never offered in the EHLO reply', () => assertFails('no-starttls', 'no-starttls', /^mx\.hostile\.test does not offer STARTTLS$/, 500));

  test('STARTTLS offered, then answered 454', () => assertFails('starttls-454', 'starttls', /answered "454 4\.7\.0 TLS not available/, 500));

  test('a server that stalls after its banner: timeout', () => assertFails('stall-after-banner', 'timeout', /did not complete STARTTLS within 400 ms/));

  test('a server that never sends a banner: timeout', () => assertFails('no-banner', 'timeout', /did not complete STARTTLS within 400 ms/));

  test('an endless multi-line banner: stopped at the reply size cap', () => assertFails('endless-banner', 'greeting', /sent an SMTP reply over \d+ bytes/, 500));

  test('a close after the banner', () => assertFails('close-after-banner', 'ehlo', /closed the connection/, 500));

  test('plain text where the TLS handshake should be', () => assertFails('plain-after-starttls', 'handshake', /^TLS with mx\.hostile\.test failed: /, 500));

  test('a stall inside the TLS handshake: timeout', () => assertFails('stall-in-handshake', 'timeout', /did not complete STARTTLS within 400 ms/));

  test('a stalled probe is cancelled promptly', async () => {
    const controller = new AbortController();
    const pending = probe('stall-after-banner', 10_000, controller.signal);
    setImmediate(() => controller.abort());
    const { r, ms } = await pending;
    assert.deepEqual(r, { kind: 'error', stage: 'cancelled', message: 'cancelled' });
    assert.ok(ms < 1000, `took ${ms} ms`);
  });

  test('DANE findings: live/dane-starttls says what each server did', async () => {
    const cases: [string, RegExp][] = [
      ['no-starttls', /does not offer STARTTLS/],
      ['starttls-454', /answered "454 4\.7\.0/],
      ['stall-after-banner', /did not complete STARTTLS within 400 ms/],
      ['plain-after-starttls', /TLS with mx\.hostile\.test failed/],
    ];
    const resolver = new ZoneResolver([
      { name: 'hostile.test', data: { type: 'MX', preference: 10, exchange: 'mx.hostile.test' } },
      { name: 'mx.hostile.test', data: { type: 'A', address: '127.0.0.1' } },
      { name: '_25._tcp.mx.hostile.test', data: { type: 'TLSA', usage: 3, selector: 1, matchingType: 1, data: new Uint8Array(32) } },
    ]);
    const started = Date.now();
    const reports = await Promise.all(
      cases.map(([name]) => checkDomain('hostile.test', { resolver, smtpPort: servers.get(name)!.port, timeoutMs: 400, dkimSelectors: [], confirmFetch: async () => false })),
    );
    assert.ok(Date.now() - started < 3000, `took ${Date.now() - started} ms`);
    cases.forEach(([name, message], i) => {
      const f = reports[i]!.findings.find((x) => x.code === 'live/dane-starttls');
      assert.ok(f, `${name}: ${reports[i]!.findings.map((x) => x.code).join(', ')}`);
      assert.match(f.message, /^STARTTLS with mx\.hostile\.test \(port \d+\) failed: /);
      assert.match(f.message, message, name);
      assert.ok(!reports[i]!.findings.some((x) => x.code === 'live/dane-no-match'), name);
    });
  });
});
