/**
 * The loopback world the live-check tests run against: a throw-away CA, an HTTPS server (MTA-STS
 * policies, BIMI logos and evidence), an SMTP server with STARTTLS, Knot serving the test zones
 * (`good.test` signed and fully configured, `broken.test`, `policy.test`, `nomail.test`,
 * `reports.test` and their parent `test`), and unbound validating `good.test` for the AD bit.
 */
import { generateKeyPairSync, X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { association } from '../../server/src/live/tls-match';
import { createCa, type TestCa } from './support/ca';
import { startHttpsServer, type HttpsTestServer } from './support/https-server';
import { startKnot, type KnotServer } from './support/knot';
import { startSmtpServer, type SmtpTestServer } from './support/smtp-server';
import { startUnbound, type UnboundServer } from './live-unbound';

export const GOOD_SVG =
  '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny-ps" viewBox="0 0 100 100">\n<title>Good Test</title>\n<circle cx="50" cy="50" r="40" fill="#0a5"/>\n</svg>\n';
export const BAD_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" x="0" y="0" viewBox="0 0 200 100">\n<script>alert(1)</script>\n<image xlink:href="https://tracker.example/pixel.png"/>\n</svg>\n';
export const GOOD_POLICY = 'version: STSv1\r\nmode: enforce\r\nmx: mx.good.test\r\nmax_age: 604800\r\n';

export interface LiveWorld {
  readonly ca: TestCa;
  readonly caFile: string;
  readonly https: HttpsTestServer;
  readonly smtp: SmtpTestServer;
  /** An SMTP server that does not offer STARTTLS. */
  readonly plainSmtp: SmtpTestServer;
  readonly knot: KnotServer;
  readonly unbound: UnboundServer;
  /** The good.test zone file as served. */
  readonly goodZone: string;
  stop(): Promise<void>;
}

const SOA = (zone: string) => `$ORIGIN ${zone}.\n$TTL 300\n@ SOA ns.test. hostmaster.test. 1 3600 600 86400 300\n@ NS ns.test.\n`;

/** A TXT value as quoted strings of at most 255 characters. */
function quoted(text: string): string {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += 255) parts.push(`"${text.slice(i, i + 255)}"`);
  return parts.join(' ');
}

export async function startWorld(): Promise<LiveWorld> {
  const ca = createCa();
  const caFile = path.join(ca.dir, 'ca.pem');
  const web = ca.issue(['mta-sts.good.test', 'bimi.good.test', 'mta-sts.broken.test', 'bimi.broken.test', 'mta-sts.policy.test', 'big.good.test']);
  const mx = ca.issue(['mx.good.test', 'mx.broken.test', 'mx.policy.test']);
  const vmc = ca.issue(['good.test']);
  const otherVmc = ca.issue(['other.test']);
  const stopped: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const s of stopped.reverse()) await s().catch(() => undefined);
    ca.remove();
  };
  try {
    const https = await startHttpsServer(web, {
      'mta-sts.good.test/.well-known/mta-sts.txt': { body: GOOD_POLICY },
      'mta-sts.broken.test/.well-known/mta-sts.txt': { status: 301, headers: { location: 'http://mta-sts.broken.test/.well-known/mta-sts.txt' } },
      'mta-sts.policy.test/.well-known/mta-sts.txt': { headers: { 'content-type': 'text/html' }, body: 'version: STSv1\nmode: enforce\nmx: mail.elsewhere.example\nmax_age: 604800\n' },
      'bimi.good.test/logo.svg': { headers: { 'content-type': 'image/svg+xml' }, body: GOOD_SVG },
      'bimi.good.test/vmc.pem': { headers: { 'content-type': 'application/pem-certificate-chain' }, body: vmc.cert },
      'bimi.good.test/other.pem': { headers: { 'content-type': 'application/pem-certificate-chain' }, body: otherVmc.cert },
      'bimi.broken.test/bad.svg': { headers: { 'content-type': 'image/svg+xml' }, body: BAD_SVG },
      'big.good.test/big.txt': { body: 'x'.repeat(70 * 1024) },
    });
    stopped.push(() => https.stop());
    const smtp = await startSmtpServer(mx);
    stopped.push(() => smtp.stop());
    const plainSmtp = await startSmtpServer(mx, { starttls: false });
    stopped.push(() => plainSmtp.stop());

    const der = new X509Certificate(mx.cert).raw;
    const match311 = association(der, 1, 1)!.toString('hex');
    const dkim = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'der' }).toString('base64');

    const goodZone = `${SOA('good.test')}@ MX 10 mx.good.test.
mx A 127.0.0.1
@ TXT "v=spf1 mx include:_spf.good.test -all"
@ TXT "site-verification=abc123"
_spf TXT "v=spf1 ip4:198.51.100.0/24 -all"
_dmarc TXT "v=DMARC1; p=reject; rua=mailto:dmarc@reports.test"
s1._domainkey TXT ${quoted(`v=DKIM1; k=rsa; p=${dkim}`)}
default._bimi TXT "v=BIMI1; l=https://bimi.good.test/logo.svg; a=https://bimi.good.test/vmc.pem"
bimi A 127.0.0.1
big A 127.0.0.1
_mta-sts TXT "v=STSv1; id=20260101"
mta-sts A 127.0.0.1
_smtp._tls TXT "v=TLSRPTv1; rua=mailto:tlsrpt@good.test"
_25._tcp.mx TLSA 3 1 1 ${match311}
`;
    const zones = [
      { name: 'test', text: `${SOA('test')}ns A 127.0.0.1\n` },
      { name: 'good.test', text: goodZone, signed: true },
      {
        name: 'broken.test',
        text: `${SOA('broken.test')}@ MX 10 mx.broken.test.
@ MX 20 gone.broken.test.
mx A 127.0.0.1
@ TXT "v=spf1 include:nospf.broken.test ?all"
nospf TXT "not a policy"
_dmarc TXT "v=DMARC1; p=none; rua=mailto:dmarc@elsewhere.test"
default._bimi TXT "v=BIMI1; l=https://bimi.broken.test/bad.svg"
bimi A 127.0.0.1
_mta-sts TXT "v=STSv1; id=1"
mta-sts A 127.0.0.1
_25._tcp.mx TLSA 3 1 1 ${'ab'.repeat(32)}
`,
      },
      {
        name: 'policy.test',
        text: `${SOA('policy.test')}@ MX 10 mx.policy.test.
mx A 127.0.0.1
@ TXT "v=spf1 include:_bad.policy.test -all"
_bad TXT "v=spf1 ip4:192.0.2.300 -all"
default._bimi TXT "v=BIMI1; l=https://bimi.good.test/logo.svg; a=https://bimi.good.test/other.pem"
_mta-sts TXT "v=STSv1; id=7"
mta-sts A 127.0.0.1
`,
      },
      { name: 'nomail.test', text: `${SOA('nomail.test')}@ MX 0 .\ndefault._bimi TXT "v=BIMI1; l=https://bimi.good.test/missing.svg"\n` },
      { name: 'reports.test', text: `${SOA('reports.test')}good.test._report._dmarc TXT "v=DMARC1"\n@ A 127.0.0.1\n@ TXT "v=spf1 a:void1.reports.test a:void2.reports.test a:void3.reports.test -all"\n` },
    ];
    const knot = await startKnot(zones);
    stopped.push(() => knot.stop());
    const unbound = await startUnbound(knot, zones.map((z) => z.name), [knot.ds('good.test')]);
    stopped.push(() => unbound.stop());
    fs.writeFileSync(caFile, ca.cert);
    return { ca, caFile, https, smtp, plainSmtp, knot, unbound, goodZone, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
