/**
 * Linear time: adversarial documents (deep parentheses and brackets, a 1 MB line, a TXT record
 * of 100k strings, pathological SPF macros, runs of backslashes, deeply nested YAML/JSON/HCL/JS,
 * a 1 MB DKIM key) are parsed and checked in time proportional to their size: 10× the input may
 * take at most 30× the time (best of five runs of each size, taken in turn, to tame a busy machine),
 * and nothing throws.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { getLanguageService, type DocumentInput } from '../../server/src/service/index';

const service = getLanguageService();

// A full collection before each timed run, so garbage left by earlier runs is not charged to it.
v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;

interface Case {
  readonly name: string;
  /** The document for size parameter n. */
  readonly make: (n: number) => DocumentInput;
  /** The smaller n (the larger is 10n). */
  readonly n: number;
}

const zone = (text: string): DocumentInput => ({ uri: 'file:///linear/example.com.zone', text: `$ORIGIN example.com.\n${text}`, languageId: 'dns-zone' });

function quotedStrings(value: string): string {
  const parts: string[] = [];
  for (let i = 0; i < value.length; i += 255) parts.push(`"${value.slice(i, i + 255)}"`);
  return `( ${parts.join('\n  ')} )`;
}

const CASES: readonly Case[] = [
  { name: 'deep parentheses in a zone', n: 10_000, make: (n) => zone(`@ IN TXT ${'('.repeat(n)}"v=spf1 -all"${')'.repeat(n)}\n`) },
  { name: 'a single line of 100k/1 MB', n: 100_000, make: (n) => zone(`@ IN TXT "v=spf1 ${'a'.repeat(n)}"`) },
  // 20k strings, not 10k: 10k take about 5 ms, where a busy machine's noise decided the ratio.
  { name: 'a TXT record of 20k/200k strings', n: 20_000, make: (n) => zone(`@ IN TXT ${'"ab" '.repeat(n)}\n`) },
  { name: 'an SPF record of pathological macros', n: 2_000, make: (n) => zone(`@ IN TXT ${quotedStrings(`v=spf1 exists:${'%{ir10r+-.}%%%_%-'.repeat(n)}.%{d} -all`)}\n`) },
  { name: 'runs of backslashes in a zone', n: 10_000, make: (n) => zone(`@ IN TXT "${'\\'.repeat(2 * n)}" ${'\\'.repeat(n)}\n`) },
  { name: 'a DKIM key of 100k/1 MB', n: 100_000, make: (n) => zone(`sel._domainkey IN TXT ${quotedStrings(`v=DKIM1; k=rsa; p=${'MIIB'.repeat(n / 4)}`)}\n`) },
  { name: 'a DMARC record of many tags', n: 5_000, make: (n) => zone(`_dmarc IN TXT ${quotedStrings(`v=DMARC1; p=reject; ${'rua=mailto:a@example.com; '.repeat(n)}`)}\n`) },
  {
    name: 'deeply nested JSON (CloudFormation)',
    n: 1_000,
    make: (n) => ({ uri: 'file:///linear/dns.json', languageId: 'json', text: `{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"R":{"Type":"AWS::Route53::RecordSet","Properties":{"Type":"TXT","ResourceRecords":["\\"v=spf1 -all\\""],"X":${'['.repeat(n)}${']'.repeat(n)}}}}}` }),
  },
  {
    name: 'deeply nested YAML (CloudFormation)',
    n: 1_000,
    make: (n) => ({ uri: 'file:///linear/dns.yaml', languageId: 'yaml', text: `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  R:\n    Type: AWS::Route53::RecordSet\n    Properties:\n      Type: TXT\n      ResourceRecords:\n        - '"v=spf1 -all"'\n      X: ${'['.repeat(n)}${']'.repeat(n)}\n` }),
  },
  {
    name: 'deeply nested HCL (Terraform)',
    n: 1_000,
    make: (n) => ({ uri: 'file:///linear/main.tf', languageId: 'terraform', text: `resource "aws_route53_record" "r" {\n  type = "TXT"\n  records = ["v=spf1 -all"]\n  x = ${'['.repeat(n)}${']'.repeat(n)}\n  y = ${'('.repeat(n)}1${')'.repeat(n)}\n}\n` }),
  },
  {
    name: 'deeply nested JavaScript (DNSControl)',
    n: 1_000,
    make: (n) => ({ uri: 'file:///linear/dnsconfig.js', languageId: 'javascript', text: `D("example.com${'!'.repeat(n)}\\n", REG_NONE, TXT("@", "v=spf1 -all"), ${'['.repeat(n)}${']'.repeat(n)});\n` }),
  },
];

/** One run of everything a document gets in the editor, in milliseconds. */
function timeOnce(input: DocumentInput): number {
  collect();
  const started = performance.now();
  const doc = service.parse(input, true);
  assert.ok(doc, 'parsed');
  service.validate(doc);
  service.symbols(doc);
  service.folding(doc);
  return performance.now() - started;
}

/**
 * The best of five runs of each size, the sizes taken in turn, so that a busy spell of the
 * machine (other test files run at the same time) slows both alike.
 */
function bestOfFive(small: DocumentInput, large: DocumentInput): [number, number] {
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let i = 0; i < 5; i++) {
    bestSmall = Math.min(bestSmall, timeOnce(small));
    bestLarge = Math.min(bestLarge, timeOnce(large));
  }
  return [bestSmall, bestLarge];
}

for (const c of CASES) {
  test(`linear time: ${c.name}`, () => {
    const [small, large] = bestOfFive(c.make(c.n), c.make(c.n * 10));
    // A floor of 5 ms keeps timer resolution and warm-up out of the ratio (quadratic is 100×).
    assert.ok(large <= 30 * Math.max(small, 5), `n=${c.n}: ${small.toFixed(1)} ms, 10n: ${large.toFixed(1)} ms (${(large / Math.max(small, 5)).toFixed(1)}×)`);
  });
}
