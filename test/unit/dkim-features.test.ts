/** Hover and completion inside DKIM key records. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { getLanguageService } from '../../server/src/service/index';
import { completeAt } from '../support/zone-probe';

const service = getLanguageService();
const HEAD = '$ORIGIN example.com.\n$TTL 3600\n';
const RSA2048 = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
const ED = '11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=';

function parse(text: string) {
  return service.parse({ uri: 'file:///t/example.com.zone', text: HEAD + text, languageId: 'dns-zone' })!;
}
/** Hover at the first `|`-free occurrence of `needle` (plus `delta`). */
function hoverAt(text: string, needle: string, delta = 0) {
  const doc = parse(text);
  const at = doc.text.indexOf(needle);
  assert.ok(at >= 0, needle);
  const h = service.hover(doc, at + delta);
  return h ? { contents: h.contents, covered: doc.text.slice(h.range.start, h.range.end) } : undefined;
}
test('hover on p= says the key type and size (a key split across strings)', () => {
  const zone = `sel._domainkey IN TXT ( "v=DKIM1; k=rsa; p=${RSA2048.slice(0, 200)}"\n  "${RSA2048.slice(200)}" )\n`;
  const h = hoverAt(zone, RSA2048.slice(0, 20), 5)!;
  assert.match(h.contents, /RSA 2048-bit/);
  assert.match(h.contents, /exponent 65537/);
  assert.match(h.contents, /rfc6376#section-3\.6\.1/);
  const name = hoverAt(zone, 'p=', 0)!;
  assert.equal(name.covered, 'p');
  assert.match(name.contents, /Public key/);
  assert.match(name.contents, /revoked/);
});

test('hover facts: Ed25519, revoked, testing, sha1 deprecated, g obsolete, defaults', () => {
  assert.match(hoverAt(`s._domainkey IN TXT "v=DKIM1; k=ed25519; p=${ED}"`, ED, 3)!.contents, /Ed25519/);
  assert.match(hoverAt('s._domainkey IN TXT "v=DKIM1; p="', 'p=', 1)!.contents, /Revoked|revoked/);
  const t = hoverAt(`s._domainkey IN TXT "v=DKIM1; t=s:y; k=ed25519; p=${ED}"`, 's:y', 2)!;
  assert.equal(t.covered, 'y');
  assert.match(t.contents, /Testing mode/);
  const h = hoverAt(`s._domainkey IN TXT "v=DKIM1; h=sha1; k=ed25519; p=${ED}"`, 'sha1', 1)!;
  assert.match(h.contents, /Deprecated/);
  assert.match(h.contents, /RFC 8301/);
  assert.match(hoverAt(`s._domainkey IN TXT "v=DKIM1; g=*; k=ed25519; p=${ED}"`, 'g=', 0)!.contents, /Obsolete/);
  const k = hoverAt(`s._domainkey IN TXT "v=DKIM1; k=ed25519; p=${ED}"`, 'k=', 0)!;
  assert.match(k.contents, /Default: `rsa`/);
});

test('completion at an empty _domainkey value offers record skeletons', () => {
  const items = completeAt('sel._domainkey IN TXT "|"\n');
  const labels = items.map((i) => i.label);
  assert.deepEqual(labels, ['v=DKIM1; k=rsa; p=…', 'v=DKIM1; k=ed25519; p=…']);
  assert.equal(items[0]!.snippet, true);
  assert.match(items[1]!.insertText!, /^v=DKIM1; k=ed25519; p=\$\{1:/);
});

test('completion of tag names leaves out tags already written', () => {
  const items = completeAt(`sel._domainkey IN TXT "v=DKIM1; k=ed25519; |; p=${ED}"\n`);
  const labels = items.map((i) => i.label).sort();
  assert.deepEqual(labels, ['h', 'n', 's', 't']);
  assert.equal(items.find((i) => i.label === 't')!.insertText, 't=');
});

test('completion of values after k=, h=, s=, t=', () => {
  assert.deepEqual(completeAt(`sel._domainkey IN TXT "v=DKIM1; k=|"\n`).map((i) => i.label), ['rsa', 'ed25519']);
  const ed = completeAt(`sel._domainkey IN TXT "v=DKIM1; k=ed|"\n`);
  assert.equal(ed.find((i) => i.label === 'ed25519')!.replaced, 'ed');
  assert.deepEqual(completeAt(`sel._domainkey IN TXT "v=DKIM1; h=|"\n`).map((i) => i.label), ['sha256']);
  assert.deepEqual(completeAt(`sel._domainkey IN TXT "v=DKIM1; s=email:|"\n`).map((i) => i.label), ['*', 'tlsrpt']);
  assert.deepEqual(completeAt(`sel._domainkey IN TXT "v=DKIM1; t=s:|; p=${ED}"\n`).map((i) => i.label), ['y']);
});
