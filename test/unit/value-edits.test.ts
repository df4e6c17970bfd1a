/**
 * Quick fixes that lengthen a TXT value never push a character-string past 255 octets: the value
 * is then written again in strings that fit (RFC 1035 §3.3), for every kind of policy alike.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { getLanguageService } from '../../server/src/service/index';
import { applyEdits } from '../fuzz/targets';

const service = getLanguageService();
const uri = 'file:///zones/example.com.zone';

function fixOnce(text: string, code: string): string {
  const doc = service.parse({ uri, text, languageId: 'dns-zone' }, true)!;
  const found = service.validate(doc).find((d) => d.code === code);
  assert.ok(found?.fixes?.[0], `${code} has a fix`);
  return applyEdits(text, found.fixes[0].edits, code);
}

const codesOf = (text: string): string[] => service.validate(service.parse({ uri, text, languageId: 'dns-zone' }, true)!).map((d) => d.code);

for (const [name, value, code] of [
  ['an SPF record without `all`', `v=spf1 ${Array.from({ length: 14 }, (_, i) => `ip4:192.0.2.${i}`).join(' ')} a mx`, 'spf/no-all'],
  ['a DMARC record without `p=`', `v=DMARC1; rua=mailto:${'reports'.repeat(18)}@example.com; ruf=mailto:f@example.com`, 'dmarc/missing-p'],
] as const) {
  test(`a fix that lengthens ${name} near 255 octets keeps every string within 255`, () => {
    const padded = value.length < 250 ? value + ' '.repeat(250 - value.length) : value;
    const text = `$ORIGIN example.com.\n$TTL 3600\n${code.startsWith('dmarc') ? '_dmarc' : '@'} IN TXT "${padded}"\n`;
    assert.ok(!codesOf(text).includes('txt/string-too-long'), 'the string fits before the fix');
    const fixed = fixOnce(text, code);
    assert.notEqual(fixed, text);
    const after = codesOf(fixed);
    assert.ok(!after.includes('txt/string-too-long'), `after the fix: ${after.join(', ')}`);
    assert.ok(!after.includes(code), `the fix removes ${code}: ${after.join(', ')}`);
  });
}
