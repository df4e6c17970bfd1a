/**
 * Bench (not a test): how long `hostFor` + `parse` take on 10 MB YAML and JSON files without
 * DNS content, and on a YAML file that passes the CloudFormation probe.
 * Run: npx tsc -b && node out/test/unit/cloudformation-host-bench.js
 */
import { getLanguageService } from '../../server/src/service/index';

const ls = getLanguageService();

function time(label: string, uri: string, text: string): void {
  const t0 = performance.now();
  const host = ls.hostFor({ uri, text });
  const doc = ls.parse({ uri, text });
  const ms = performance.now() - t0;
  process.stdout.write(`${label.padEnd(44)} ${(text.length / 1e6).toFixed(1)} MB  host=${host?.id ?? '-'}  records=${doc?.records.length ?? 0}  ${ms.toFixed(1)} ms\n`);
}

const yaml = 'items:\n' + '  - name: something\n    value: "v=spf1 looks like but is not a record"\n'.repeat(170000);
const json = '[' + '{"Type":"AWS::S3::Bucket","Value":"v=spf1"},'.repeat(240000) + '{}]';
time('YAML, no DNS content', 'file:///w/big.yaml', yaml);
time('JSON, no DNS content', 'file:///w/big.json', json);
time('YAML named like an octoDNS zone, no records', 'file:///w/example.com.yaml', yaml.replace(/value:/g, 'other:'));
const template =
  'Resources:\n' +
  Array.from({ length: 5000 }, (_, i) => `  R${i}:\n    Type: AWS::Route53::RecordSet\n    Properties:\n      Name: r${i}.example.com.\n      Type: TXT\n      ResourceRecords: ['"v=spf1 ip4:192.0.2.${i % 256} -all"']\n`).join('');
time('CloudFormation, 5000 record sets', 'file:///w/dns.yaml', template);
