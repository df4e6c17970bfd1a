/** `zonemail.hosts`: which infrastructure-as-code hosts the server reads. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { normalizeSettings, IAC_HOSTS } from '../../server/src/lsp/settings';
import { ParseCache } from '../../server/src/lsp/parse-cache';
import { getLanguageService } from '../../server/src/service/index';

test('every host is on unless set to false; bad values are ignored', () => {
  assert.deepEqual([...normalizeSettings({}).disabledHosts], []);
  assert.deepEqual([...normalizeSettings({ hosts: { pulumi: false, terraform: 'no', dnscontrol: true, other: false } }).disabledHosts], ['pulumi']);
  assert.deepEqual([...normalizeSettings({ hosts: 'off' }).disabledHosts], []);
  assert.deepEqual([...IAC_HOSTS], ['terraform', 'cloudformation', 'octodns', 'dnscontrol', 'pulumi', 'ansible']);
});

test('a host that is off parses nothing; zone files are always read', () => {
  const cache = new ParseCache(getLanguageService());
  const js = TextDocument.create('file:///w/dnsconfig.js', 'javascript', 1, 'D("example.com", REG, TXT("@", "v=spf1 +all"));');
  assert.equal(cache.get(js, 1e6)?.host, 'dnscontrol');
  assert.equal(cache.get(js, 1e6, new Set(['dnscontrol'])), undefined);
  assert.equal(cache.get(js, 1e6, new Set(['pulumi']))?.host, 'dnscontrol');
  const zone = TextDocument.create('file:///w/example.com.zone', 'dns-zone', 1, '$ORIGIN example.com.\n@ IN TXT "v=spf1 -all"\n');
  assert.equal(cache.get(zone, 1e6, new Set(IAC_HOSTS))?.host, 'zone-file');
});
