/** Ansible tasks: route53, cloudflare_dns and nsupdate records, owners, encodings, Jinja opaque. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService, type ParsedDocument } from '../../server/src/service/index';

const ls = getLanguageService();
const slice = (text: string, r: { start: number; end: number }) => text.slice(r.start, r.end);

function parse(text: string): ParsedDocument {
  const doc = ls.parse({ uri: 'file:///w/playbook.yml', text });
  assert.ok(doc);
  assert.equal(doc.host, 'ansible');
  return doc;
}

const PLAY = `- hosts: localhost
  tasks:
    - name: spf
      amazon.aws.route53:
        zone: example.com
        record: example.com
        type: TXT
        ttl: 300
        value: '"v=spf1 mx -all"'
    - block:
        - cloudflare_dns:
            zone: example.com
            record: sel._domainkey
            type: TXT
            value: v=DKIM1; p={{ dkim_key }}
    - community.general.nsupdate:
        server: 192.0.2.53
        zone: example.com
        record: _dmarc
        type: TXT
        value:
          - v=DMARC1; p=reject
    - route53:
        state: absent
        zone: example.com
        record: old.example.com
        type: TXT
        value: '"gone"'
`;

test('tasks of the three modules, nested in blocks; absent records are skipped', () => {
  const doc = parse(PLAY);
  assert.deepEqual(
    doc.records.map((r) => [r.owner, r.type, r.provider, r.value?.text]),
    [
      ['example.com.', 'TXT', 'route53', 'v=spf1 mx -all'],
      ['sel._domainkey.example.com.', 'TXT', 'cloudflare', 'v=DKIM1; p={{ dkim_key }}'],
      ['_dmarc.example.com.', 'TXT', 'rfc2136', 'v=DMARC1; p=reject'],
    ],
  );
  assert.equal(doc.records[0]!.ttl, 300);
  assert.equal(slice(PLAY, doc.records[0]!.rdata[0]!.range), '"v=spf1 mx -all"');
});

test('Jinja expressions are opaque', () => {
  const doc = parse(PLAY);
  const dkim = doc.records[1]!;
  assert.equal(slice(PLAY, dkim.opaque![0]!), '{{ dkim_key }}');
  assert.ok(!ls.validate(doc).some((d) => slice(PLAY, d.range).includes('{{')));
});

test('a comma-separated string of quoted TXT values is several records', () => {
  const text = `- amazon.aws.route53:\n    zone: example.com\n    record: example.com\n    type: TXT\n    value: '"a=1","v=spf1 -all"'\n`;
  const doc = parse(text);
  assert.deepEqual(doc.records.map((r) => r.value?.text), ['a=1', 'v=spf1 -all']);
  assert.equal(slice(text, doc.records[1]!.rdata[0]!.range), '"v=spf1 -all"');
});

test('YAML without DNS modules is not Ansible for us', () => {
  assert.equal(ls.hostFor({ uri: 'file:///w/site.yml', text: '- hosts: all\n  tasks:\n    - debug: {msg: hi}\n' }), undefined);
});
