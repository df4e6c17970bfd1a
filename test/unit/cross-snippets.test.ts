/**
 * The email snippets (`snippets/dns-zone-email.json`: BIMI, MTA-STS, TLS-RPT): each, with its
 * placeholders at their defaults, gives no error or warning; the MTA-STS + TLS-RPT set leaves
 * the cross-record rules quiet; and the file is registered for `dns-zone` in package.json.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getLanguageService } from '../../server/src/service/index';
import { ROOT } from '../support/paths';

interface Snippet {
  readonly prefix: string | string[];
  readonly body: string | string[];
  readonly description: string;
}

const FILE = path.join(ROOT, 'snippets', 'dns-zone-email.json');
const snippets = JSON.parse(fs.readFileSync(FILE, 'utf8')) as Record<string, Snippet>;
const service = getLanguageService();

/** Placeholders replaced by their defaults (choices: the first); `$0` and `\\` escapes handled. */
function expand(body: string): string {
  let out = body;
  for (let i = 0; i < 5; i++) out = out.replace(/\$\{\d+:([^${}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1');
  return out.replace(/\$\d+/g, '');
}

const HEAD = '$ORIGIN example.com.\n$TTL 3600\n@ IN SOA ns1 hostmaster 2024010101 7200 3600 1209600 3600\n@ IN NS ns1\nns1 IN A 192.0.2.53\n_dmarc IN TXT "v=DMARC1; p=reject; rua=mailto:dmarc@example.com"\n';

for (const [name, snippet] of Object.entries(snippets)) {
  test(`snippet "${name}" yields no error or warning`, () => {
    assert.ok(snippet.description.length > 10);
    const body = Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
    const expanded = expand(body);
    assert.ok(!expanded.includes('${'), expanded);
    const text = HEAD + expanded + '\n';
    const doc = service.parse({ uri: 'file:///s/example.com.zone', text, languageId: 'dns-zone' })!;
    const bad = service.validate(doc).filter((d) => d.severity === 'error' || d.severity === 'warning');
    assert.deepEqual(bad.map((d) => `${d.code}: ${d.message}`), [], `\n${text}`);
    if (name === 'MTA-STS with TLS-RPT') {
      const cross = service.validate(doc).filter((d) => d.code.startsWith('cross/'));
      assert.deepEqual(cross.map((d) => d.code), []);
    }
  });
}

test('the email snippets are registered for dns-zone', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { snippets: { language: string; path: string }[] } };
  assert.ok(manifest.contributes.snippets.some((s) => s.language === 'dns-zone' && s.path === './snippets/dns-zone-email.json'));
});
