/** The cross-record helpers: the DMARC policy that governs a domain. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { getLanguageService, type RecordSite } from '../../server/src/service/index';
import { dmarcFor, enforcementGap } from '../../server/src/service/policies/cross/mail-index';
import { recordsByOwner } from '../../server/src/service/zone-rules/record-index';

const service = getLanguageService();

function zone(lines: string[]) {
  const text = ['$ORIGIN example.com.', '$TTL 3600', '@ IN SOA ns1 hostmaster 1 7200 3600 1209600 3600', ...lines, ''].join('\n');
  const doc = service.parse({ uri: 'file:///t/example.com.zone', text, languageId: 'dns-zone' })!;
  const index = recordsByOwner(doc.records);
  const find = (owner: string): readonly RecordSite[] => index.get(owner) ?? [];
  return { doc, find };
}

const gap = (lines: string[], domain: string) => {
  const { find } = zone(lines);
  return enforcementGap(dmarcFor(domain, find, 'example.com.'), domain);
};

test('DMARC enforcement: own record, inherited sp, pct, sp=none, t=y, missing, duplicates', () => {
  assert.equal(gap(['_dmarc IN TXT "v=DMARC1; p=reject"'], 'example.com.'), undefined);
  assert.equal(gap(['_dmarc IN TXT "v=DMARC1; p=quarantine; pct=100"'], 'example.com.'), undefined);
  assert.equal(gap(['_dmarc IN TXT "v=DMARC1; p=none; sp=reject"'], 'a.b.example.com.'), undefined);
  assert.match(gap(['_dmarc IN TXT "v=DMARC1; p=reject; sp=none"'], 'a.example.com.')!.reason, /has `sp=none`/);
  assert.match(gap(['_dmarc IN TXT "v=DMARC1; p=reject; sp=none"'], 'example.com.')!.reason, /sp=none/);
  assert.match(gap(['_dmarc IN TXT "v=DMARC1; p=quarantine; pct=20"'], 'example.com.')!.reason, /pct=20/);
  assert.match(gap(['_dmarc IN TXT "v=DMARC1; p=reject; t=y"'], 'example.com.')!.reason, /t=y/);
  assert.match(gap(['_dmarc IN TXT "v=DMARC1; p=None"'], 'example.com.')!.reason, /`p=none`/);
  assert.match(gap(['_dmarc IN TXT "v=DMARC1"'], 'example.com.')!.reason, /sets no policy/);
  assert.equal(gap(['@ IN TXT "v=spf1 -all"'], 'example.com.')!.missing, true);
  assert.match(gap(['_dmarc IN TXT "v=DMARC1; p=reject"', '_dmarc IN TXT "v=DMARC1; p=none"'], 'example.com.')!.reason, /2 DMARC records/);
  // The subdomain's own record wins over the organisational domain's `sp`.
  assert.match(gap(['_dmarc IN TXT "v=DMARC1; p=reject"', '_dmarc.news IN TXT "v=DMARC1; p=none"'], 'news.example.com.')!.reason, /_dmarc\.news\.example\.com\.` has `p=none`/);
});

test('the walk up stops at the zone apex', () => {
  const { find } = zone(['_dmarc IN TXT "v=DMARC1; p=reject"']);
  assert.ok(dmarcFor('a.example.com.', find, 'example.com.').parent);
  assert.equal(dmarcFor('a.example.com.', find, 'a.example.com.').parent, undefined);
});
