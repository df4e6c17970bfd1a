/**
 * Hostile HTTPS servers on 127.0.0.1 against the fetcher and the MTA-STS check: a server that
 * completes TLS and never answers, one that sends headers and then stalls the body, one that
 * streams 100 MB (with and without a Content-Length), endless response headers, a policy
 * served as text/html, an expired certificate and a certificate for another name. Each ends
 * within its timeout as a value with a clear reason, and through `checkDomain` as the `live/...`
 * finding that says what happened.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import * as tls from 'node:tls';
import { after, before, describe, test } from 'node:test';
import { checkDomain, type DomainReport } from '../../server/src/live/checks';
import { fetchHttps, type FetchOptions, type FetchResult } from '../../server/src/live/fetch';
import { ZoneResolver, type ZoneEntry } from '../../server/src/live/resolvers';
import { createCa, type Issued, type TestCa } from './support/ca';

const POLICY = 'version: STSv1\r\nmode: testing\r\nmx: mx.example\r\nmax_age: 86400\r\n';
const FLOOD_BYTES = 100 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 0x61);
const CAP = 64 * 1024;

/** A certificate for `name` from the test CA whose validity ended before today (`openssl ca`). */
function expiredLeaf(ca: TestCa, name: string): Issued {
  const run = (args: string[]) => {
    const out = spawnSync('openssl', args, { cwd: ca.dir, encoding: 'utf8' });
    if (out.status !== 0) throw new Error(`openssl ${args.join(' ')} failed: ${out.stderr}`);
  };
  fs.mkdirSync(path.join(ca.dir, 'expired'), { recursive: true });
  fs.writeFileSync(path.join(ca.dir, 'expired', 'index.txt'), '');
  fs.writeFileSync(path.join(ca.dir, 'expired', 'serial'), '5000\n');
  fs.writeFileSync(
    path.join(ca.dir, 'expired', 'ca.cnf'),
    [
      '[ca]',
      'default_ca = test',
      '[test]',
      'dir = expired',
      'database = expired/index.txt',
      'serial = expired/serial',
      'new_certs_dir = expired',
      'certificate = ca.pem',
      'private_key = ca.key',
      'default_md = sha256',
      'policy = any',
      'unique_subject = no',
      'copy_extensions = none',
      '[any]',
      'commonName = supplied',
      '[leaf]',
      `subjectAltName = DNS:${name}`,
      'basicConstraints = CA:FALSE',
      'extendedKeyUsage = serverAuth',
      '',
    ].join('\n'),
  );
  run(['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'expired.key', '-out', 'expired.csr', '-subj', `/CN=${name}`]);
  // Valid for one day, two years ago: both dates in the past.
  const year = (new Date().getUTCFullYear() - 2) % 100;
  const yy = String(year).padStart(2, '0');
  run(['ca', '-batch', '-config', 'expired/ca.cnf', '-extensions', 'leaf', '-startdate', `${yy}0101000000Z`, '-enddate', `${yy}0102000000Z`, '-in', 'expired.csr', '-out', 'expired.pem', '-notext']);
  return { key: fs.readFileSync(path.join(ca.dir, 'expired.key'), 'utf8'), cert: fs.readFileSync(path.join(ca.dir, 'expired.pem'), 'utf8') };
}

describe('hostile HTTPS servers', () => {
  let ca: TestCa;
  let server: https.Server;
  let port = 0;
  /** Bytes the flood routes managed to write before the client went away. */
  const flooded = { chunked: 0, declared: 0 };
  const floodDone: Record<'chunked' | 'declared', Promise<void>> = { chunked: Promise.resolve(), declared: Promise.resolve() };
  const domains = ['stall.test', 'drip.test', 'flood.test', 'declared.test', 'html.test', 'expired.test', 'wrong.test'];
  const resolver = new ZoneResolver(
    domains.flatMap((d): ZoneEntry[] => [
      { name: `_mta-sts.${d}`, data: { type: 'TXT', strings: ['v=STSv1; id=1'] } },
      { name: `mta-sts.${d}`, data: { type: 'A', address: '127.0.0.1' } },
    ]),
  );
  let base: FetchOptions;

  before(async () => {
    ca = createCa();
    const good = ca.issue(domains.filter((d) => d !== 'expired.test' && d !== 'wrong.test').map((d) => `mta-sts.${d}`));
    const other = ca.issue(['mta-sts.other.test']);
    const expired = expiredLeaf(ca, 'mta-sts.expired.test');
    const contexts = new Map([
      ['mta-sts.expired.test', tls.createSecureContext(expired)],
      ['mta-sts.wrong.test', tls.createSecureContext(other)],
    ]);
    server = https.createServer(
      { ...good, SNICallback: (name, callback) => callback(null, contexts.get(name) ?? tls.createSecureContext(good)) },
      (req, res) => {
        const host = (req.headers.host ?? '').replace(/:\d+$/, '');
        const route = host.replace(/^mta-sts\./, '').replace(/\.test$/, '');
        switch (route) {
          case 'stall':
            return; // accepted, never answered
          case 'drip':
            res.writeHead(200, { 'content-type': 'text/plain' });
            res.write('version: STSv1\r\n'); // and never the rest
            return;
          case 'flood':
          case 'declared': {
            const key = route === 'flood' ? 'chunked' : 'declared';
            res.writeHead(200, { 'content-type': 'text/plain', ...(key === 'declared' ? { 'content-length': String(FLOOD_BYTES) } : {}) });
            floodDone[key] = new Promise<void>((resolve) => {
              const pump = () => {
                while (flooded[key] < FLOOD_BYTES && !res.destroyed) {
                  flooded[key] += CHUNK.length;
                  if (!res.write(CHUNK)) return void res.once('drain', pump);
                }
                resolve();
              };
              res.on('close', () => resolve());
              pump();
            });
            return;
          }
          case 'html':
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
            return void res.end(POLICY);
          default:
            res.writeHead(200, { 'content-type': 'text/plain' });
            return void res.end(POLICY);
        }
      },
    );
    server.on('tlsClientError', () => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    base = { maxBytes: CAP, timeoutMs: 1000, ca: [ca.cert], port, resolver };
  });

  after(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    ca?.remove();
  });

  /** Fetches and returns the result with how long it took. */
  async function timed(url: string, options: Partial<FetchOptions> = {}): Promise<{ r: FetchResult; ms: number }> {
    const started = Date.now();
    const r = await fetchHttps(url, { ...base, ...options });
    return { r, ms: Date.now() - started };
  }

  const policyUrl = (d: string) => `https://mta-sts.${d}/.well-known/mta-sts.txt`;

  /** The MTA-STS findings of a run over the loopback server. */
  async function mtaSts(domain: string): Promise<{ report: DomainReport; found: DomainReport['findings'] }> {
    const report = await checkDomain(domain, { resolver, ca: [ca.cert], httpsPort: port, timeoutMs: 1000, probeSmtp: false, dkimSelectors: [] });
    return { report, found: report.findings.filter((f) => f.kind === 'mta-sts') };
  }

  test('a server that completes TLS and never answers: timeout within the limit', async () => {
    const { r, ms } = await timed(policyUrl('stall.test'), { timeoutMs: 300 });
    assert.equal(r.kind === 'error' && r.reason, 'timeout', JSON.stringify(r));
    assert.match(r.kind === 'error' ? r.message : '', /did not answer within 300 ms/);
    assert.ok(ms < 2000, `took ${ms} ms`);
  });

  test('a server that sends headers and stalls the body: timeout within the limit', async () => {
    const { r, ms } = await timed(policyUrl('drip.test'), { timeoutMs: 300 });
    assert.equal(r.kind === 'error' && r.reason, 'timeout', JSON.stringify(r));
    assert.match(r.kind === 'error' ? r.message : '', /within 300 ms/);
    assert.ok(ms < 2000, `took ${ms} ms`);
  });

  test('a stalled fetch is cancelled promptly', async () => {
    const controller = new AbortController();
    const pending = timed(policyUrl('drip.test'), { timeoutMs: 10_000, signal: controller.signal });
    setImmediate(() => controller.abort());
    const { r, ms } = await pending;
    assert.equal(r.kind === 'error' && r.reason, 'cancelled', JSON.stringify(r));
    assert.ok(ms < 2000, `took ${ms} ms`);
  });

  test('100 MB streamed without a length: stops at the cap, quickly, without buffering it', async () => {
    const heap = process.memoryUsage().heapUsed;
    const { r, ms } = await timed(policyUrl('flood.test'), { timeoutMs: 10_000 });
    assert.equal(r.kind === 'error' && r.reason, 'too-large', JSON.stringify(r));
    assert.match(r.kind === 'error' ? r.message : '', new RegExp(`over the limit of ${CAP} bytes`));
    assert.ok(ms < 3000, `took ${ms} ms`);
    await floodDone.chunked;
    // The server is stopped by back-pressure once the client is gone: far below 100 MB written.
    assert.ok(flooded.chunked < 32 * 1024 * 1024, `the server wrote ${flooded.chunked} bytes`);
    assert.ok(process.memoryUsage().heapUsed - heap < 48 * 1024 * 1024, 'heap grew by more than 48 MB');
  });

  test('100 MB announced by Content-Length: refused before the body is read', async () => {
    const { r, ms } = await timed(policyUrl('declared.test'), { timeoutMs: 10_000 });
    assert.equal(r.kind === 'error' && r.reason, 'too-large', JSON.stringify(r));
    assert.match(r.kind === 'error' ? r.message : '', new RegExp(`${FLOOD_BYTES} bytes, over the limit of ${CAP}`));
    assert.ok(ms < 3000, `took ${ms} ms`);
    await floodDone.declared;
    assert.ok(flooded.declared < 32 * 1024 * 1024, `the server wrote ${flooded.declared} bytes`);
  });

  test('endless response headers: stopped by the header size limit', async () => {
    // Raw TLS, so the headers never end: Node's HTTP parser caps them (16 KiB by default).
    const raw = tls.createServer(ca.issue(['mta-sts.headers.test']), (socket) => {
      socket.on('error', () => undefined);
      socket.write('HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\n');
      const line = Buffer.from(`x-filler: ${'h'.repeat(1000)}\r\n`);
      const pump = () => {
        while (!socket.destroyed) if (!socket.write(line)) return void socket.once('drain', pump);
      };
      pump();
    });
    await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
    try {
      const headers = new ZoneResolver([{ name: 'mta-sts.headers.test', data: { type: 'A', address: '127.0.0.1' } }]);
      const { r, ms } = await timed(policyUrl('headers.test'), { port: (raw.address() as AddressInfo).port, resolver: headers, timeoutMs: 5000 });
      assert.equal(r.kind === 'error' && r.reason, 'network', JSON.stringify(r));
      assert.match(r.kind === 'error' ? r.message : '', /header/i);
      assert.ok(ms < 2000, `took ${ms} ms`);
    } finally {
      await new Promise((resolve) => raw.close(resolve));
    }
  });

  test('an expired certificate is refused as such', async () => {
    const { r } = await timed(policyUrl('expired.test'));
    assert.equal(r.kind === 'error' && r.reason, 'tls', JSON.stringify(r));
    assert.match(r.kind === 'error' ? r.message : '', /certificate of mta-sts\.expired\.test was not accepted: .*expired/i);
  });

  test('a certificate for another name is refused as such', async () => {
    const { r } = await timed(policyUrl('wrong.test'));
    assert.equal(r.kind === 'error' && r.reason, 'tls', JSON.stringify(r));
    assert.match(r.kind === 'error' ? r.message : '', /certificate of mta-sts\.wrong\.test was not accepted: .*(altnames|does not match)/i);
    // The same server with the right name is accepted: the name is what was refused.
    const ok = await timed(policyUrl('html.test'));
    assert.equal(ok.r.kind, 'ok', JSON.stringify(ok.r));
  });

  test('MTA-STS findings: stall, body stall, flood, certificates, text/html', async () => {
    const cases: [string, string, RegExp][] = [
      ['stall.test', 'live/mta-sts-fetch', /did not answer within 1000 ms/],
      ['drip.test', 'live/mta-sts-fetch', /within 1000 ms/],
      ['flood.test', 'live/mta-sts-fetch', /over the limit of 65536 bytes/],
      ['declared.test', 'live/mta-sts-fetch', /104857600 bytes, over the limit of 65536/],
      ['expired.test', 'live/mta-sts-fetch', /expired/i],
      ['wrong.test', 'live/mta-sts-fetch', /altnames|does not match/i],
      ['html.test', 'live/mta-sts-content-type', /served as text\/html; charset=utf-8, not text\/plain/],
    ];
    const started = Date.now();
    const reports = await Promise.all(cases.map(([d]) => mtaSts(d)));
    assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
    cases.forEach(([domain, code, message], i) => {
      const { found } = reports[i]!;
      const f = found.find((x) => x.code === code);
      assert.ok(f, `${domain}: ${code} missing from ${JSON.stringify(found)}`);
      assert.match(f.message, message, domain);
    });
    // text/html is reported, and the policy is still read (its content is fine).
    const html = reports[6]!.report.records['mta-sts'] as { mode?: string };
    assert.equal(html.mode, 'testing');
  });
});
