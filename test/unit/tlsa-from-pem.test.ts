/**
 * `client/src/tlsa/from-pem.ts` (loaded from `out/client`, it imports no `vscode`): TLSA `3 1 1`
 * and `2 1 1` digests from PEM chains, checked against OpenSSL's own output for a certificate
 * generated here and against the OpenSSL DANE test root, and where the record text goes.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, SHARED_DATA } from '../support/paths';

interface Candidate {
  readonly usage: 2 | 3;
  readonly rdata: string;
  readonly digest: string;
  readonly subject: string;
}
interface FromPem {
  tlsaFromPem(pem: string): { leaf: Candidate; issuer?: Candidate; host?: string } | { error: string };
  tlsaInsertion(before: string, after: string, rdata: readonly string[], host?: string): { at: 'cursor' | 'next-line'; snippet: string };
}

const file = path.join(ROOT, 'out', 'client', 'src', 'tlsa', 'from-pem.js');
const fromPem = require(file) as FromPem;

function ok(result: ReturnType<FromPem['tlsaFromPem']>) {
  assert.ok(!('error' in result), 'error' in result ? result.error : '');
  return result;
}

test('the OpenSSL DANE test root: 3 1 1 is the digest OpenSSL lists for its key', () => {
  const r = ok(fromPem.tlsaFromPem(fs.readFileSync(path.join(SHARED_DATA, 'tlsa', 'openssl-danetest.pem'), 'utf8')));
  // openssl-danetest.in, "subject= CN = Root CA": "2 1 1 91D942E4…".
  assert.equal(r.leaf.rdata, '3 1 1 91D942E4A2D4226DDAF28CADAA7F13018E4ED0D9A43A529247E51C965188576C');
  assert.equal(r.issuer, undefined);
  assert.equal(r.leaf.subject, 'CN=Root CA');
});

test('a chain generated with openssl: leaf 3 1 1, issuer 2 1 1, host from subjectAltName', () => {
  // openssl is installed by scripts/vscode-e2e.sh setup (the live tier needs it too): never skipped.
  assert.equal(spawnSync('openssl', ['version']).status, 0, 'openssl is not installed: run scripts/vscode-e2e.sh setup');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zonemail-tlsa-'));
  const run = (args: string[], input?: Buffer) => {
    const r = spawnSync('openssl', args, { cwd: dir, ...(input ? { input } : {}) });
    assert.equal(r.status, 0, r.stderr.toString());
    return r.stdout;
  };
  const spkiDigest = (cert: string) => {
    const pub = run(['x509', '-in', cert, '-noout', '-pubkey']);
    const der = run(['pkey', '-pubin', '-outform', 'DER'], pub);
    return run(['dgst', '-sha256', '-r'], der).toString().split(' ')[0]!.toUpperCase();
  };
  try {
    run(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '2', '-subj', '/CN=Test CA', '-keyout', 'ca.key', '-out', 'ca.pem']);
    run(['req', '-new', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=mail.example.com', '-keyout', 'leaf.key', '-out', 'leaf.csr']);
    fs.writeFileSync(path.join(dir, 'ext.cnf'), 'subjectAltName=DNS:mail.example.com,DNS:*.example.com\n');
    run(['x509', '-req', '-in', 'leaf.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '2', '-extfile', 'ext.cnf', '-out', 'leaf.pem']);
    const chain = fs.readFileSync(path.join(dir, 'leaf.pem'), 'utf8') + fs.readFileSync(path.join(dir, 'ca.pem'), 'utf8');
    const r = ok(fromPem.tlsaFromPem(chain));
    assert.equal(r.leaf.rdata, `3 1 1 ${spkiDigest('leaf.pem')}`);
    assert.equal(r.issuer?.rdata, `2 1 1 ${spkiDigest('ca.pem')}`);
    assert.equal(r.host, 'mail.example.com.');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('files without a certificate, or with a broken one, give an error', () => {
  assert.ok('error' in fromPem.tlsaFromPem('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n'));
  assert.ok('error' in fromPem.tlsaFromPem('-----BEGIN CERTIFICATE-----\nMIIBAA==\n-----END CERTIFICATE-----\n'));
});

test('insertion: owner alone on the line, an empty line, a line with a record', () => {
  const rdata = ['3 1 1 AB'];
  assert.deepEqual(fromPem.tlsaInsertion('_25._tcp.mail', '', rdata), { at: 'cursor', snippet: ' IN TLSA 3 1 1 AB' });
  assert.deepEqual(fromPem.tlsaInsertion('_25._tcp.mail\t', '', rdata), { at: 'cursor', snippet: 'IN TLSA 3 1 1 AB' });
  assert.deepEqual(fromPem.tlsaInsertion('', '', rdata, 'mx1.example.com.'), { at: 'cursor', snippet: '${1:_25._tcp.mx1.example.com.} IN TLSA 3 1 1 AB' });
  assert.deepEqual(fromPem.tlsaInsertion('www IN A 192.0.2.1', '', rdata), { at: 'next-line', snippet: '${1:_25._tcp.mail} IN TLSA 3 1 1 AB' });
  assert.deepEqual(fromPem.tlsaInsertion('_25._tcp.mail ', '', ['3 1 1 AB', '2 1 1 CD']), { at: 'cursor', snippet: 'IN TLSA 3 1 1 AB\n_25._tcp.mail IN TLSA 2 1 1 CD' });
  assert.deepEqual(fromPem.tlsaInsertion('', '', ['3 1 1 AB', '2 1 1 CD']), { at: 'cursor', snippet: '${1:_25._tcp.mail} IN TLSA 3 1 1 AB\n${1} IN TLSA 2 1 1 CD' });
});
