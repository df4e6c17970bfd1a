/**
 * The checks of a complete zone (an SOA, NS records at its apex) apply to zone files only: DNS
 * providers keep those records for zones managed as code, so the IaC examples never get them.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { getLanguageService } from '../../server/src/service/index';
import { EXAMPLES } from '../support/paths';

const service = getLanguageService();

test('zone/missing-soa and zone/missing-apex-ns fire for a zone file, never for IaC documents', () => {
  const zone = service.parse({ uri: 'file:///z/example.com.zone', text: '$ORIGIN example.com.\n$TTL 300\nwww A 192.0.2.1\n', languageId: 'dns-zone' }, true)!;
  assert.ok(service.validate(zone).some((d) => d.code === 'zone/missing-soa'));
  let checked = 0;
  for (const dir of ['terraform', 'cloudformation', 'octodns', 'ansible', 'dnscontrol', 'pulumi']) {
    for (const name of fs.readdirSync(path.join(EXAMPLES, dir))) {
      const file = path.join(EXAMPLES, dir, name);
      const doc = service.parse({ uri: pathToFileURL(file).href, text: fs.readFileSync(file, 'utf8') });
      if (!doc || doc.records.length === 0) continue;
      checked++;
      const codes = service.validate(doc).map((d) => d.code);
      assert.ok(!codes.includes('zone/missing-soa') && !codes.includes('zone/missing-apex-ns'), `${dir}/${name}: ${codes.join(', ')}`);
    }
  }
  assert.ok(checked >= 6, `${checked} IaC examples with records`);
});
