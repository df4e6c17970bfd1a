/**
 * The HTTPS fetcher against a real loopback server: a verified certificate through the extra CA
 * only, no redirects, the size cap, http: refused, timeouts and cancellation; and the SVG Tiny PS
 * scan and TLSA matching on their own.
 */
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import * as net from 'node:net';
import { after, before, describe, test } from 'node:test';
import { svgTinyPsProblems } from '../../server/src/live/checks/svg';
import { fetchHttps, type FetchOptions } from '../../server/src/live/fetch';
import { ZoneResolver } from '../../server/src/live/resolvers';
import { probeStartTls } from '../../server/src/live/tls-probe';
import { association, matchPositions } from '../../server/src/live/tls-match';
import { createCa, type TestCa } from './support/ca';
import { startHttpsServer, type HttpsTestServer } from './support/https-server';
import { startSmtpServer, type SmtpTestServer } from './support/smtp-server';
import { BAD_SVG, GOOD_POLICY, GOOD_SVG } from './live-fixtures';

describe('fetchHttps', () => {
  let ca: TestCa;
  let server: HttpsTestServer;
  let smtp: SmtpTestServer;
  let leaf: { key: string; cert: string };
  const resolver = new ZoneResolver([{ name: 'web.test', data: { type: 'A', address: '127.0.0.1' } }]);
  let base: FetchOptions;
  before(async () => {
    ca = createCa();
    leaf = ca.issue(['web.test']);
    server = await startHttpsServer(leaf, {
      'web.test/policy.txt': { body: GOOD_POLICY },
      'web.test/moved': { status: 302, headers: { location: 'https://web.test/policy.txt' } },
      'web.test/big': { body: 'y'.repeat(64 * 1024 + 1) },
    });
    smtp = await startSmtpServer(leaf);
    base = { maxBytes: 64 * 1024, timeoutMs: 5000, ca: [ca.cert], port: server.port, resolver };
  });
  after(async () => {
    await server?.stop();
    await smtp?.stop();
    ca?.remove();
  });

  test('fetches with the extra CA', async () => {
    const r = await fetchHttps('https://web.test/policy.txt', base);
    assert.equal(r.kind, 'ok');
    assert.equal(r.kind === 'ok' && r.body.toString(), GOOD_POLICY);
  });

  test('without the CA the certificate is refused (verification cannot be turned off)', async () => {
    const { ca: _ca, ...rest } = base;
    const r = await fetchHttps('https://web.test/policy.txt', rest);
    assert.equal(r.kind === 'error' && r.reason, 'tls');
  });

  test('a redirect is refused, not followed', async () => {
    const count = server.requests.length;
    const r = await fetchHttps('https://web.test/moved', base);
    assert.equal(r.kind === 'error' && r.reason, 'redirect');
    assert.equal(r.kind === 'error' && r.location, 'https://web.test/policy.txt');
    assert.equal(server.requests.length, count + 1);
  });

  test('an oversized body is refused', async () => {
    const r = await fetchHttps('https://web.test/big', base);
    assert.equal(r.kind === 'error' && r.reason, 'too-large');
  });

  test('http: is refused without a connection', async () => {
    const r = await fetchHttps('http://web.test/policy.txt', base);
    assert.equal(r.kind === 'error' && r.reason, 'not-https');
  });

  test('a silent server times out; a cancelled fetch is cancelled', async () => {
    const silent = net.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as net.AddressInfo).port;
    const started = Date.now();
    const r = await fetchHttps('https://web.test/policy.txt', { ...base, port, timeoutMs: 200 });
    assert.equal(r.kind === 'error' && r.reason, 'timeout');
    assert.ok(Date.now() - started < 3000);
    const controller = new AbortController();
    const pending = fetchHttps('https://web.test/policy.txt', { ...base, port, signal: controller.signal });
    controller.abort();
    const c = await pending;
    assert.equal(c.kind === 'error' && c.reason, 'cancelled');
    silent.close();
  });

  test('STARTTLS probe and TLSA matching (3 1 1, 3 0 1, 2 0 1 against the issuer, 3 1 2)', async () => {
    const probe = await probeStartTls({ host: 'web.test', resolver, port: smtp.port, timeoutMs: 5000, ca: [ca.cert] });
    assert.equal(probe.kind, 'ok', JSON.stringify(probe));
    if (probe.kind !== 'ok') return;
    assert.equal(probe.pkixAuthorized, true);
    const der = new X509Certificate(leaf.cert).raw;
    const caDer = new X509Certificate(ca.cert).raw;
    assert.deepEqual(matchPositions({ usage: 3, selector: 1, matchingType: 1, data: association(der, 1, 1)! }, probe.chain), [0]);
    assert.deepEqual(matchPositions({ usage: 3, selector: 0, matchingType: 1, data: association(der, 0, 1)! }, probe.chain), [0]);
    assert.deepEqual(matchPositions({ usage: 3, selector: 1, matchingType: 2, data: association(der, 1, 2)! }, probe.chain), [0]);
    assert.deepEqual(matchPositions({ usage: 3, selector: 1, matchingType: 1, data: new Uint8Array(32) }, probe.chain), []);
    // The chain goes up to the issuing CA; a DANE-TA record matches it, never the leaf.
    assert.ok(probe.chain.length >= 2);
    assert.deepEqual(matchPositions({ usage: 2, selector: 0, matchingType: 1, data: association(caDer, 0, 1)! }, probe.chain), [1]);
    assert.deepEqual(matchPositions({ usage: 2, selector: 1, matchingType: 1, data: association(der, 1, 1)! }, probe.chain), []);
  });
});

describe('SVG Tiny PS scan', () => {
  test('a conforming logo passes', () => assert.deepEqual(svgTinyPsProblems(GOOD_SVG), []));
  test('a non-conforming logo lists each problem', () => assert.equal(svgTinyPsProblems(BAD_SVG).length, 7));
  test('entities and a non-svg root are refused', () => {
    assert.ok(svgTinyPsProblems('<!DOCTYPE svg [<!ENTITY a "b">]><svg/>')[0]!.includes('entities'));
    assert.deepEqual(svgTinyPsProblems('<html></html>'), ['its root element is not `<svg>`']);
  });
});
