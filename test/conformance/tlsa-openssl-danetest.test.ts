/**
 * Conformance of the TLSA rules with OpenSSL's DANE test vectors
 * (`../shared/data/tlsa/openssl-danetest.in`): every TLSA record there is well formed, so none
 * may get a TLSA error or `zone/invalid-rdata`; "Full" (matching type 0) data must pass the DER
 * check, and the same data cut short or with the other selector must fail it. The `x 1 1`
 * digests must equal the SHA-256 of a certificate key of the block's chain (or of the test
 * root), computed by the client's `from-pem` module. No row disagrees with the RFCs.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { X509Certificate } from 'node:crypto';
import { getLanguageService, type ServiceDiagnostic } from '../../server/src/service/index';
import { hexToBytes } from '../../server/src/service/policies/tlsa/parse';
import { checkCertificate, checkSpki } from '../../server/src/service/policies/tlsa/der';
import { ROOT, SHARED_DATA } from '../support/paths';

interface Block {
  /** `<TLSA-count> <cert-count> <nonamechecks> <desired-verify-result> <desired-match-depth>`. */
  readonly header: readonly number[];
  readonly line: number;
  readonly tlsa: readonly { usage: number; selector: number; matchingType: number; hex: string }[];
  readonly pem: string;
}

/** The blocks of the file (format described at its top). */
function readBlocks(text: string): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let i = 0;
  const next = () => {
    while (i < lines.length && (lines[i]!.trim() === '' || lines[i]!.trim().startsWith('#'))) i++;
    return lines[i++]?.trim();
  };
  for (let header = next(); header !== undefined; header = next()) {
    const line = i;
    const counts = header.split(/\s+/).map(Number);
    assert.equal(counts.length, 5, `line ${line}: ${header}`);
    const tlsa = [];
    for (let k = 0; k < counts[0]!; k++) {
      const [u, s, m, ...hex] = next()!.split(/\s+/);
      tlsa.push({ usage: Number(u), selector: Number(s), matchingType: Number(m), hex: hex.join('') });
    }
    let pem = '';
    for (let c = 0; c < counts[1]!; ) {
      const l = lines[i++]!;
      pem += `${l}\n`;
      if (l.trim() === '-----END CERTIFICATE-----') c++;
    }
    blocks.push({ header: counts, line, tlsa, pem });
  }
  return blocks;
}

const blocks = readBlocks(fs.readFileSync(path.join(SHARED_DATA, 'tlsa', 'openssl-danetest.in'), 'utf8'));
const records = blocks.flatMap((b) => b.tlsa.map((t) => ({ ...t, block: b })));
const service = getLanguageService();

function check(rdata: string): ServiceDiagnostic[] {
  const text = `$ORIGIN example.com.\n$TTL 3600\n_443._tcp.www IN TLSA ${rdata}\n`;
  const parsed = service.parse({ uri: 'file:///vectors/example.com.zone', text, languageId: 'dns-zone' })!;
  return service.validate(parsed).filter((d) => d.code.startsWith('tlsa/') || d.code === 'zone/invalid-rdata');
}

test('the vector file has its 54 blocks and 55 TLSA records', () => {
  assert.equal(blocks.length, 54);
  assert.equal(records.length, 55);
});

test('no OpenSSL TLSA record gets a TLSA diagnostic or zone/invalid-rdata', () => {
  const noisy = records
    .map((r) => ({ r, found: check(`${r.usage} ${r.selector} ${r.matchingType} ${r.hex}`) }))
    .filter((x) => x.found.length > 0)
    .map((x) => `line ${x.r.block.line}: ${x.r.usage} ${x.r.selector} ${x.r.matchingType}: ${x.found.map((d) => d.code).join(', ')}`);
  assert.deepEqual(noisy, []);
});

test('Full data: the DER check accepts every certificate and key, and rejects them cut short or swapped', () => {
  const full = records.filter((r) => r.matchingType === 0);
  assert.ok(full.length >= 10, `${full.length} Full records`);
  for (const r of full) {
    const data = hexToBytes(r.hex)!;
    const own = r.selector === 0 ? checkCertificate : checkSpki;
    const other = r.selector === 0 ? checkSpki : checkCertificate;
    assert.equal(own(data), undefined, `line ${r.block.line}`);
    assert.ok(own(data.subarray(0, data.length - 1)), `line ${r.block.line}: one octet short`);
    assert.ok(other(data), `line ${r.block.line}: the other selector`);
    const cut = r.hex.slice(0, r.hex.length - 2);
    assert.deepEqual(check(`${r.usage} ${r.selector} 0 ${cut}`).map((d) => d.code), ['tlsa/full-data']);
    assert.deepEqual(check(`${r.usage} ${1 - r.selector} 0 ${r.hex}`).map((d) => d.code), ['tlsa/full-data']);
  }
});

test('digests cut short get tlsa/data-length, not zone/invalid-rdata', () => {
  for (const r of records.filter((x) => x.matchingType === 1 || x.matchingType === 2)) {
    assert.deepEqual(check(`${r.usage} ${r.selector} ${r.matchingType} ${r.hex.slice(2)}`).map((d) => d.code), ['tlsa/data-length']);
  }
});

test('the x 1 1 digests are the SHA-256 of a key in the chain (from-pem), for blocks that verify', () => {
  const fromPem = require(path.join(ROOT, 'out', 'client', 'src', 'tlsa', 'from-pem.js')) as {
    pemCertificates(pem: string): Buffer[];
    spkiSha256(certificate: X509Certificate): string;
  };
  const rootDigest = fromPem.spkiSha256(new X509Certificate(fs.readFileSync(path.join(SHARED_DATA, 'tlsa', 'openssl-danetest.pem'))));
  let compared = 0;
  for (const b of blocks) {
    if (b.header[3] !== 0) continue; // the block expects verification to fail
    const digests = new Set([rootDigest, ...fromPem.pemCertificates(b.pem).map((der) => fromPem.spkiSha256(new X509Certificate(der)))]);
    for (const t of b.tlsa.filter((x) => x.selector === 1 && x.matchingType === 1)) {
      assert.ok(digests.has(t.hex.toUpperCase()), `line ${b.line}: ${t.usage} 1 1 ${t.hex}`);
      compared++;
    }
  }
  assert.ok(compared >= 8, `${compared} digests compared`);
});
