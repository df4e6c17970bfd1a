/**
 * DNS over HTTPS (RFC 8484) against a real HTTPS server on 127.0.0.1 with a throw-away CA made
 * by `openssl`: the wire-format POST with ID 0, the answer decoded; the server is trusted only
 * through the `ca` option (without it the certificate is refused); a wrong content type, an
 * answer over the size cap and a server that never answers give values, not exceptions.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import * as packet from 'dns-packet';
import { DohResolver } from '../../server/src/live/resolvers/doh';

function openssl(args: string[], cwd: string): void {
  const out = spawnSync('openssl', args, { cwd, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`openssl ${args.join(' ')}: ${out.stderr}`);
}

describe('DNS over HTTPS resolver', () => {
  let dir: string;
  let server: https.Server;
  let url: string;
  let ca: string;
  let mode: 'ok' | 'type' | 'huge' | 'silent' = 'ok';
  const seen: packet.DecodedPacket[] = [];

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zonemail-doh-'));
    openssl(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=Zonemail Test CA'], dir);
    openssl(['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1'], dir);
    fs.writeFileSync(path.join(dir, 'ext.cnf'), 'subjectAltName=IP:127.0.0.1\n');
    openssl(['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem', '-days', '2', '-extfile', 'ext.cnf'], dir);
    ca = fs.readFileSync(path.join(dir, 'ca.pem'), 'utf8');
    server = https.createServer({ key: fs.readFileSync(path.join(dir, 'server.key')), cert: fs.readFileSync(path.join(dir, 'server.pem')) }, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        if (mode === 'silent') return;
        const q = packet.decode(Buffer.concat(chunks));
        seen.push(q);
        if (mode === 'huge') {
          res.writeHead(200, { 'content-type': 'application/dns-message' });
          return res.end(Buffer.alloc(70000));
        }
        const body = packet.encode({ type: 'response', id: q.id, flags: packet.RECURSION_DESIRED | packet.AUTHENTIC_DATA, questions: q.questions, answers: [{ type: 'TXT', name: q.questions![0]!.name, ttl: 60, data: ['v=spf1 ', '-all'] }] });
        res.writeHead(200, { 'content-type': mode === 'type' ? 'text/plain' : 'application/dns-message' });
        res.end(body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/dns-query`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('POSTs the query with ID 0 and decodes the answer, AD bit included', async () => {
    mode = 'ok';
    const resolver = new DohResolver({ url, ca });
    const answer = await resolver.query('example.test', 'TXT');
    resolver.close();
    assert.deepEqual(answer, {
      kind: 'records',
      records: [{ name: 'example.test', ttl: 60, data: { type: 'TXT', strings: ['v=spf1 ', '-all'] } }],
      cnames: [],
      authenticated: true,
    });
    assert.equal(seen.at(-1)!.id, 0);
  });

  test('without the CA the certificate is refused: an error value', async () => {
    const resolver = new DohResolver({ url });
    const answer = await resolver.query('example.test', 'TXT');
    resolver.close();
    assert.equal(answer.kind, 'error');
  });

  test('a wrong content type, an answer over the cap, an http: URL, a silent server', async () => {
    const resolver = new DohResolver({ url, ca, timeoutMs: 400 });
    mode = 'type';
    assert.match(JSON.stringify(await resolver.query('example.test', 'TXT')), /content type/);
    mode = 'huge';
    assert.match(JSON.stringify(await resolver.query('example.test', 'TXT')), /larger than/);
    mode = 'silent';
    assert.deepEqual(await resolver.query('example.test', 'TXT'), { kind: 'timeout' });
    resolver.close();
    const plain = new DohResolver({ url: url.replace('https:', 'http:') });
    assert.match(JSON.stringify(await plain.query('example.test', 'TXT')), /https/);
  });
});
