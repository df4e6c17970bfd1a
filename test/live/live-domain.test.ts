/**
 * Live checks against real loopback servers (Knot, unbound, Node HTTPS, an SMTP server with
 * STARTTLS): the fully configured `good.test` gives no warnings or errors and the expected
 * records; the broken domains give the expected codes; every network call is bounded.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { checkDomain, type DomainReport, type LiveOptions } from '../../server/src/live/checks';
import { DirectResolver } from '../../server/src/live/resolvers/direct';
import { ZoneResolver } from '../../server/src/live/resolvers';
import { startWorld, type LiveWorld } from './live-fixtures';

const codes = (report: DomainReport) => [...new Set(report.findings.map((f) => f.code))].sort();

describe('live checks against loopback servers', () => {
  let world: LiveWorld;
  let options: (extra?: Partial<LiveOptions>) => LiveOptions;
  before(async () => {
    world = await startWorld();
    const resolver = new DirectResolver({ servers: [{ host: '127.0.0.1', port: world.unbound.port }], timeoutMs: 2000, dnssec: true });
    options = (extra = {}) => ({ resolver, ca: [world.ca.cert], httpsPort: world.https.port, smtpPort: world.smtp.port, timeoutMs: 5000, dkimSelectors: ['s1'], ...extra });
  });
  after(async () => world?.stop());

  test('good.test: fully configured, nothing above information', async () => {
    const report = await checkDomain('good.test', options());
    const serious = report.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
    assert.deepEqual(serious, [], JSON.stringify(serious, null, 2));
    const r = report.records as Record<string, any>;
    assert.equal(r.dnssec.authenticated, true);
    assert.equal(r.spf.lookups, 2);
    assert.equal(r.spf.voidLookups, 0);
    assert.equal(r.dmarc.at, 'good.test');
    assert.equal(r.dmarc.policy, 'reject');
    assert.deepEqual(r.dmarc.queried, ['_dmarc.good.test']);
    assert.equal(r.dkim.s1.key, 'RSA 2048-bit');
    assert.equal(r.dkim.s1.bits, 2048);
    assert.deepEqual(r.bimi.logo.problems, []);
    assert.deepEqual(r.bimi.certificate.names, ['good.test']);
    assert.equal(r['mta-sts'].mode, 'enforce');
    assert.deepEqual(r['mta-sts'].mx, ['mx.good.test']);
    assert.equal(r.dane['mx.good.test'].authenticated, true);
    assert.deepEqual(r.dane['mx.good.test'].tlsa[0].matches, [0]);
    assert.equal(r.dane['mx.good.test'].starttls.pkixAuthorized, true);
    assert.ok(!codes(report).includes('live/dnssec-unsigned'));
    assert.ok(world.https.requests.includes('mta-sts.good.test/.well-known/mta-sts.txt'));
  });

  test('broken.test: each fault is reported with its code', async () => {
    const report = await checkDomain('broken.test', options({ dkimSelectors: ['s1'] }));
    const found = codes(report);
    for (const code of [
      'live/mx-no-address',
      'spf/missing-target',
      'dmarc/p-none',
      'dmarc/missing-authorization',
      'live/dkim-missing',
      'live/bimi-svg-profile',
      'bimi/dmarc-not-enforced',
      'live/mta-sts-fetch',
      'live/tls-rpt-missing',
      'live/dane-no-match',
      'live/dane-unvalidated',
      'live/dnssec-unsigned',
    ])
      assert.ok(found.includes(code), `${code} missing from ${found.join(', ')}`);
    const svg = report.findings.find((f) => f.code === 'live/bimi-svg-profile')!;
    for (const part of ['tiny-ps', 'version="1.2"', '<title>', '<script>', 'external', '`x=`', 'not square']) assert.ok(svg.message.includes(part), `${part}: ${svg.message}`);
    const mtaSts = report.findings.find((f) => f.code === 'live/mta-sts-fetch')!;
    assert.match(mtaSts.message, /redirect/);
    assert.ok(!world.https.requests.some((r) => r.startsWith('mta-sts.broken.test/') && r !== 'mta-sts.broken.test/.well-known/mta-sts.txt'));
  });

  test('policy.test: MX not covered by the policy, text/html, SPF permerror, certificate names, no DMARC, no TLSA', async () => {
    const report = await checkDomain('policy.test', options({ dkimSelectors: [] }));
    const found = codes(report);
    for (const code of ['mta-sts/policy-mx-unmatched', 'live/mta-sts-content-type', 'live/spf-evaluation', 'live/bimi-certificate', 'live/dmarc-missing', 'live/dane-missing'])
      assert.ok(found.includes(code), `${code} missing from ${found.join(', ')}`);
    assert.deepEqual((report.records.dmarc as { queried: string[] }).queried, ['_dmarc.policy.test', '_dmarc.test']);
  });

  test('nomail.test and reports.test: null MX, no SPF, logo not found; no MX at all', async () => {
    const nomail = await checkDomain('nomail.test', options({ dkimSelectors: [] }));
    for (const code of ['live/null-mx', 'live/spf-missing', 'live/bimi-svg-fetch', 'live/mta-sts-missing']) assert.ok(codes(nomail).includes(code), `${code}: ${codes(nomail).join(', ')}`);
    const reports = await checkDomain('reports.test', options({ dkimSelectors: [] }));
    assert.ok(codes(reports).includes('live/no-mx'));
    assert.ok(codes(reports).includes('live/bimi-missing'));
    assert.equal(reports.findings.find((f) => f.code === 'live/spf-void-lookups')?.severity, 'error');
    assert.equal((reports.records.spf as { voidLookups: number }).voidLookups, 3);
  });

  test('a subdomain inherits the DMARC policy through the tree walk', async () => {
    const report = await checkDomain('a.b.good.test', options({ probeSmtp: false, dkimSelectors: [] }));
    const r = report.records.dmarc as { at: string; queried: string[] };
    assert.equal(r.at, 'good.test');
    assert.deepEqual(r.queried, ['_dmarc.a.b.good.test', '_dmarc.b.good.test', '_dmarc.good.test']);
    assert.ok(codes(report).includes('live/dmarc-inherited'));
  });

  test('STARTTLS not offered: live/dane-starttls', async () => {
    const report = await checkDomain('good.test', options({ smtpPort: world.plainSmtp.port }));
    const f = report.findings.find((x) => x.code === 'live/dane-starttls');
    assert.ok(f, codes(report).join(', '));
    assert.match(f.message, /STARTTLS/);
  });

  test('declined fetches are not made: live/not-fetched', async () => {
    const before = world.https.requests.length;
    const asked: string[] = [];
    const report = await checkDomain('good.test', options({ probeSmtp: false, confirmFetch: async (url) => (asked.push(url), false) }));
    assert.equal(world.https.requests.length, before);
    assert.deepEqual(asked.sort(), ['https://bimi.good.test/logo.svg', 'https://bimi.good.test/vmc.pem', 'https://mta-sts.good.test/.well-known/mta-sts.txt']);
    assert.equal(report.findings.filter((f) => f.code === 'live/not-fetched').length, 3);
  });

  test('the CA file written for the CLI holds the test CA', () => {
    assert.equal(fs.readFileSync(world.caFile, 'utf8'), world.ca.cert);
  });
});

describe('live checks over the in-memory resolver', () => {
  test('a failing answer is a finding, and the run goes on: live/dns-failure', async () => {
    const resolver = new ZoneResolver([
      { name: 'x.example', data: { type: 'TXT', strings: ['v=spf1 -all'] } },
      { name: '_dmarc.x.example', fault: 'servfail' },
      { name: 'x.example', data: { type: 'MX', preference: 0, exchange: '.' } },
    ]);
    const report = await checkDomain('x.example', { resolver, probeSmtp: false });
    const failure = report.findings.find((f) => f.code === 'live/dns-failure');
    assert.ok(failure);
    assert.equal(failure.kind, 'dmarc');
    assert.match(failure.message, /SERVFAIL/);
    assert.ok(report.findings.some((f) => f.code === 'live/null-mx'));
  });

  test('the tree walk makes at most 8 queries', async () => {
    const resolver = new ZoneResolver([{ name: '_dmarc.example', data: { type: 'TXT', strings: ['v=DMARC1; p=reject'] } }]);
    const report = await checkDomain('a.b.c.d.e.f.g.h.i.j.example', { resolver, probeSmtp: false });
    const r = report.records.dmarc as { at: string; queried: string[] };
    assert.equal(r.queried.length, 8);
    assert.equal(r.queried[1], '_dmarc.e.f.g.h.i.j.example');
    assert.equal(r.at, 'example');
  });

  test('a cancelled run ends promptly with values, not exceptions', async () => {
    const controller = new AbortController();
    controller.abort();
    const resolver = new ZoneResolver([{ name: 'x.example', data: { type: 'TXT', strings: ['v=spf1 -all'] } }]);
    const report = await checkDomain('x.example', { resolver, signal: controller.signal, probeSmtp: false });
    assert.ok(report.findings.every((f) => f.code === 'live/dns-failure'));
  });
});
