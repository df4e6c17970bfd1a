/**
 * Parity of the hosts: the same broken SPF, DMARC, DKIM, MTA-STS and TLSA records written in a
 * zone file and through every infrastructure-as-code host (Terraform, CloudFormation, octoDNS,
 * DNSControl, Pulumi, Ansible) produce the same policy codes, at the same values.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../server/src/service/index';

const ls = getLanguageService();

interface Row {
  /** Label relative to example.com (`@` is the apex). */
  readonly label: string;
  readonly type: 'TXT' | 'TLSA' | 'MX' | 'A';
  /** TXT: the value a receiver sees; other types: presentation RDATA. */
  readonly value: string;
}

const KEY = '11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=';
const ROWS: readonly Row[] = [
  { label: '@', type: 'MX', value: '10 mail.example.com.' },
  { label: 'mail', type: 'A', value: '192.0.2.25' },
  { label: '@', type: 'TXT', value: 'v=spf1 include:_spf.example.net +all' },
  { label: '_dmarc', type: 'TXT', value: 'v=DMARC1; p=none; rua=mailto:dmarc@example.com' },
  { label: 'sel._domainkey', type: 'TXT', value: `v=DKIM2; k=ed25519; p=${KEY}` },
  { label: '_mta-sts', type: 'TXT', value: 'v=STSv1; id=' },
  { label: '_25._tcp.mail', type: 'TLSA', value: '3 1 1 abcdef' },
];

const fqdn = (label: string) => (label === '@' ? 'example.com' : `${label}.example.com`);
const quoteDns = (v: string) => `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
const hcl = (v: string) => JSON.stringify(v).replace(/\$\{/g, '$${');
const js = (v: string) => JSON.stringify(v);
const yamlSingle = (v: string) => `'${v.replace(/'/g, "''")}'`;

interface Host {
  readonly name: string;
  readonly uri: string;
  /** Record types the host's adapter reads (all when absent). */
  readonly types?: readonly Row['type'][];
  write(rows: readonly Row[]): string;
}

const HOSTS: readonly Host[] = [
  {
    name: 'zone-file',
    uri: 'file:///p/example.com.zone',
    write: (rows) =>
      [
        '$ORIGIN example.com.',
        '$TTL 3600',
        '@ IN SOA ns1 hostmaster 2024010101 7200 3600 1209600 3600',
        '@ IN NS ns1.example.net.',
        ...rows.map((r) => `${r.label} IN ${r.type} ${r.type === 'TXT' ? quoteDns(r.value) : r.value}`),
      ].join('\n') + '\n',
  },
  {
    name: 'terraform',
    uri: 'file:///p/main.tf',
    write: (rows) =>
      [
        'resource "aws_route53_zone" "main" {\n  name = "example.com"\n}',
        ...rows.map(
          (r, i) =>
            `resource "aws_route53_record" "r${i}" {\n  zone_id = aws_route53_zone.main.zone_id\n  name    = ${hcl(fqdn(r.label))}\n  type    = "${r.type}"\n  ttl     = 300\n  records = [${hcl(r.value)}]\n}`,
        ),
      ].join('\n\n') + '\n',
  },
  {
    name: 'cloudformation',
    uri: 'file:///p/dns.yaml',
    write: (rows) =>
      [
        "AWSTemplateFormatVersion: '2010-09-09'",
        'Resources:',
        '  Mail:',
        '    Type: AWS::Route53::RecordSetGroup',
        '    Properties:',
        '      HostedZoneName: example.com.',
        '      RecordSets:',
        ...rows.flatMap((r) => [
          `        - Name: ${fqdn(r.label)}.`,
          `          Type: ${r.type}`,
          '          TTL: 300',
          '          ResourceRecords:',
          `            - ${yamlSingle(r.type === 'TXT' ? quoteDns(r.value) : r.value)}`,
        ]),
      ].join('\n') + '\n',
  },
  {
    name: 'octodns',
    uri: 'file:///p/example.com.yaml',
    // The octoDNS adapter reads string values (TXT, A, CNAME, ...); MX and TLSA objects are not read yet.
    types: ['TXT', 'A'],
    write: (rows) => {
      const byLabel = new Map<string, Row[]>();
      for (const r of rows) byLabel.set(r.label, [...(byLabel.get(r.label) ?? []), r]);
      const out: string[] = ['---'];
      for (const [label, list] of byLabel) {
        out.push(`${label === '@' ? "''" : label}:`);
        for (const r of list) {
          out.push(`  - type: ${r.type}`);
          if (r.type === 'TXT') out.push(`    value: ${yamlSingle(r.value.replace(/;/g, '\\;'))}`);
          else if (r.type === 'A') out.push(`    value: ${r.value}`);
          else if (r.type === 'MX') {
            const [preference, exchange] = r.value.split(' ');
            out.push('    value:', `      preference: ${preference}`, `      exchange: ${exchange}`);
          } else {
            const [u, s, m, d] = r.value.split(' ');
            out.push('    value:', `      certificate_usage: ${u}`, `      selector: ${s}`, `      matching_type: ${m}`, `      certificate_association_data: ${d}`);
          }
        }
      }
      return out.join('\n') + '\n';
    },
  },
  {
    name: 'dnscontrol',
    uri: 'file:///p/dnsconfig.js',
    write: (rows) =>
      [
        'D("example.com", REG_NONE, DnsProvider(DSP_NONE),',
        ...rows.map((r) => {
          if (r.type === 'TXT') return `  TXT(${js(r.label)}, ${js(r.value)}),`;
          const parts = r.value.split(' ');
          const args = r.type === 'A' ? [js(parts[0]!)] : r.type === 'MX' ? [parts[0]!, js(parts[1]!)] : [parts[0]!, parts[1]!, parts[2]!, js(parts[3]!)];
          return `  ${r.type}(${js(r.label)}, ${args.join(', ')}),`;
        }),
        'END);',
      ].join('\n') + '\n',
  },
  {
    name: 'pulumi',
    uri: 'file:///p/index.ts',
    write: (rows) =>
      [
        'import * as aws from "@pulumi/aws";',
        'const zone = new aws.route53.Zone("main", { name: "example.com" });',
        ...rows.map((r, i) => `new aws.route53.Record("r${i}", { zoneId: zone.zoneId, name: ${js(fqdn(r.label))}, type: "${r.type}", ttl: 300, records: [${js(r.value)}] });`),
      ].join('\n') + '\n',
  },
  {
    name: 'ansible',
    uri: 'file:///p/dns.yml',
    write: (rows) =>
      [
        '- name: Mail DNS records',
        '  hosts: localhost',
        '  tasks:',
        ...rows.flatMap((r, i) => [
          `    - name: record ${i}`,
          '      amazon.aws.route53:',
          '        state: present',
          '        zone: example.com',
          `        record: ${fqdn(r.label)}`,
          `        type: ${r.type}`,
          '        ttl: 300',
          `        value: ${yamlSingle(r.type === 'TXT' ? quoteDns(r.value) : r.value)}`,
        ]),
      ].join('\n') + '\n',
  },
];

/** The codes of the policy families, each with the value text it underlines. */
function policyCodes(host: Host, rows: readonly Row[]): string[] {
  const text = host.write(rows);
  const parsed = ls.parse({ uri: host.uri, text });
  assert.ok(parsed, `${host.name}: not parsed`);
  assert.equal(parsed.host, host.name, `${host.name}: read by the ${parsed.host} host`);
  assert.equal(parsed.records.filter((r) => r.type !== 'SOA' && r.type !== 'NS').length, rows.length, `${host.name}: records found\n${text}`);
  return ls
    .validate(parsed)
    .filter((d) => /^(spf|dmarc|dkim|mta-sts|tlsa|tls-rpt)\//.test(d.code))
    .map((d) => `${d.code} ${text.slice(d.range.start, d.range.end).replace(/\\"/g, '"')}`)
    .sort();
}

const rowsOf = (host: Host) => ROWS.filter((r) => !host.types || host.types.includes(r.type));

test('the zone file shows each broken record', () => {
  const codes = policyCodes(HOSTS[0]!, ROWS).map((c) => c.split(' ')[0]);
  for (const code of ['spf/pass-all', 'dmarc/p-none', 'dkim/bad-version', 'mta-sts/txt-id', 'tlsa/data-length']) assert.ok(codes.includes(code), `${code} in ${codes.join(', ')}`);
});

for (const host of HOSTS.slice(1)) {
  test(`${host.name}: the same codes on the same values as the zone file`, () => {
    const rows = rowsOf(host);
    assert.deepEqual(policyCodes(host, rows), policyCodes(HOSTS[0]!, rows));
  });
}
