/** JavaScript string values: every escape form, template literals and concatenation map back to the document. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseJs, walk, type Node } from '../../server/src/service/hosts/js/parse';
import { decodeEscape, encodeJs, jsHostString } from '../../server/src/service/hosts/js/js-string';
import { IacRecord } from '../../server/src/service/hosts/iac/iac-record';
import { parseDnscontrol } from '../../server/src/service/hosts/dnscontrol';
import { parsePulumi } from '../../server/src/service/hosts/pulumi';

/** The initializer of `const x = <source>;` parsed as TypeScript, and the document text. */
function expr(source: string): { doc: string; node: Node } {
  const doc = `const x = ${source};\n`;
  const program = parseJs(doc, true);
  let node: Node | undefined;
  walk(program.body, (n) => {
    if (!node && n.type === 'VariableDeclarator' && n.init) node = n.init;
  });
  assert.ok(node, `no expression in ${doc}`);
  return { doc, node };
}

function host(source: string) {
  const { doc, node } = expr(source);
  const s = jsHostString(doc, node);
  assert.ok(s, `${source} is a string`);
  return { doc, s };
}

const ESCAPES: readonly [string, string][] = [
  ['"a\\"b"', 'a"b'],
  ["'a\\'b'", "a'b"],
  ['"a\\\\b"', 'a\\b'],
  ['"a\\nb"', 'a\nb'],
  ['"a\\tb"', 'a\tb'],
  ['"a\\x41b"', 'aAb'],
  ['"a\\u0041b"', 'aAb'],
  ['"a\\u{41}b"', 'aAb'],
  ['"a\\u{1F600}b"', 'a\u{1F600}b'],
  ['"a\\101b"', 'aAb'],
  ['"a\\0b"', 'a\0b'],
  ['"a\\qb"', 'aqb'],
  ['`a\\`b`', 'a`b'],
  ['`a\\$b`', 'a$b'],
];

for (const [source, value] of ESCAPES) {
  test(`escape ${source} decodes to ${JSON.stringify(value)} and is atomic`, () => {
    const { doc, s } = host(source);
    assert.equal(s.value, value);
    // The first and last value characters are the literal `a` and `b`.
    assert.equal(doc.slice(...spanOf(s, 0, 1)), 'a');
    assert.equal(doc.slice(...spanOf(s, value.length - 1, value.length)), 'b');
    // The middle maps to the whole escape, whichever part of it is asked for.
    const escape = source.slice(2, -2);
    for (let i = 1; i < value.length - 1; i++) assert.equal(doc.slice(...spanOf(s, i, i + 1)), escape);
  });
}

function spanOf(s: { map: { toDocSpan(a: number, b: number): { start: number; end: number } } }, a: number, b: number): [number, number] {
  const r = s.map.toDocSpan(a, b);
  return [r.start, r.end];
}

test('line continuations stand for nothing', () => {
  const { doc, s } = host('"v=spf1 \\\n-all"');
  assert.equal(s.value, 'v=spf1 -all');
  const at = s.value.indexOf('-all');
  assert.equal(doc.slice(...spanOf(s, at, at + 4)), '-all');
  const crlf = host('"a\\\r\nb"');
  assert.equal(crlf.s.value, 'ab');
});

test('template literals: text maps back, `${...}` is opaque and kept as written', () => {
  const { doc, s } = host('`v=spf1 include:${domain} -all`');
  assert.equal(s.value, 'v=spf1 include:${domain} -all');
  assert.equal(s.opaque.length, 1);
  const o = s.opaque[0]!;
  assert.equal(doc.slice(...spanOf(s, o.start, o.end)), '${domain}');
  const at = s.value.indexOf('-all');
  assert.equal(doc.slice(...spanOf(s, at, at + 4)), '-all');
  // Raw CR LF in a template is read as LF (one value character for two document characters).
  const crlf = host('`a\r\nb`');
  assert.equal(crlf.s.value, 'a\nb');
});

test('concatenation is one value; each part maps to its own literal', () => {
  const { doc, s } = host(`"v=spf1 " + 'include:a.example ' + \`-all\``);
  assert.equal(s.value, 'v=spf1 include:a.example -all');
  const at = s.value.indexOf('include');
  assert.equal(doc.slice(...spanOf(s, at, at + 'include:a.example'.length)), 'include:a.example');
  const all = s.value.indexOf('-all');
  assert.equal(doc.slice(...spanOf(s, all, all + 4)), '-all');
  // Across the join the value maps to pieces of both literals.
  const across = s.map.toDocRanges(at - 2, at + 2);
  assert.equal(across.length, 2);
  // A non-string part is opaque.
  const mixed = host('"v=spf1 include:" + domain + " -all"');
  assert.equal(mixed.s.opaque.length, 1);
  assert.equal(mixed.s.value, 'v=spf1 include:domain -all');
});

test('TypeScript wrappers are looked through; non-strings are not strings', () => {
  assert.equal(host('"TXT" as const').s.value, 'TXT');
  assert.equal(jsHostString(expr('42').doc, expr('42').node), undefined);
  assert.equal(jsHostString(expr('f("a")').doc, expr('f("a")').node), undefined);
});

test('encode escapes for the quote the literal uses (all of them when mixed)', () => {
  assert.equal(host('"x"').s.encode(`a"b'c\\d\n`), `a\\"b'c\\\\d\\n`);
  assert.equal(host("'x'").s.encode(`a"b'c`), `a"b\\'c`);
  assert.equal(host('`x`').s.encode('a`b${c}'), 'a\\`b\\${c}');
  assert.equal(host(`"x" + 'y'`).s.encode(`"'`), `\\"\\'`);
  assert.equal(encodeJs('\u2028\x01', ['"']), '\\u2028\\x01');
});

test('IacRecord over a JS literal: presentation text with DNS escapes inside JS escapes', () => {
  const { doc, s } = host('"\\"v=spf1 a\\\\\\\\b\\" \\"-all\\""');
  const r = new IacRecord({
    host: 'pulumi', uri: 'file:///p/index.ts', owner: 'example.com.', origin: 'example.com.', type: 'TXT',
    typeRange: { start: 0, end: 1 }, range: { start: 0, end: doc.length }, rdata: [{ text: s, encoding: 'presentation' }],
  });
  assert.equal(r.value!.text, 'v=spf1 a\\b-all');
  const at = r.value!.text.indexOf('\\');
  // One value character: a DNS escape `\\` written as four JS characters `\\\\`.
  assert.equal(doc.slice(...spanOf({ map: r.value!.map }, at, at + 1)), '\\\\\\\\');
});

const QUOTES = ['"', "'", '`'] as const;
const piece = fc.oneof(
  fc.stringMatching(/^[a-z =:;.-]{1,4}$/),
  fc.constantFrom('\\"', "\\'", '\\\\', '\\n', '\\x41', '\\u0041', '\\u{1F600}', '\\101', '\\0', '\\\n', '\u00e9', '\u{1F600}', '\\`', '\\$'),
);

test('property: every value offset maps inside the literal, escapes atomic (seeded)', () => {
  fc.assert(
    fc.property(fc.constantFrom(...QUOTES), fc.array(piece, { maxLength: 16 }), (quote, pieces) => {
      const body = pieces.join('');
      const source = `${quote}${body}${quote}`;
      const { doc, node } = expr(source);
      const s = jsHostString(doc, node);
      assert.ok(s);
      const inside = { start: doc.indexOf(source) + 1, end: doc.indexOf(source) + source.length - 1 };
      for (let i = 0; i <= s.value.length; i++) {
        const d = s.map.toDocOffset(i);
        assert.ok(d >= inside.start && d <= inside.end, `offset ${i} → ${d} outside ${inside.start}-${inside.end}`);
      }
      for (let i = 0; i < s.value.length; i++) {
        const [a, b] = spanOf(s, i, i + 1);
        const written = doc.slice(a, b);
        if (written.startsWith('\\')) {
          const e = decodeEscape(written, 0, written.length);
          assert.equal(e.length, written.length, `escape ${JSON.stringify(written)} is whole`);
          assert.ok(e.value.includes(s.value[i]!), `${JSON.stringify(written)} stands for ${JSON.stringify(s.value[i])}`);
        } else {
          assert.ok(written.includes(s.value[i]!), `value char ${JSON.stringify(s.value[i])} ← ${JSON.stringify(written)}`);
        }
      }
    }),
    { seed: 11, numRuns: 300 },
  );
});

test('property: parsing and decoding never throw on arbitrary text (seeded)', () => {
  const sample = 'import * as aws from "@pulumi/aws";\nnew aws.route53.Record("r", { name: "x", type: "TXT", records: [`v=spf1 ${a} -all`] });\nD("example.com", REG, TXT("@", "v=spf1 \\x41 -all"), DMARC_BUILDER({ policy: "none", rua: ["mailto:a@b"] }));\n';
  const text = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.tuple(fc.nat(sample.length), fc.nat(sample.length), fc.string({ maxLength: 8 })).map(([a, b, ins]) => sample.slice(0, Math.min(a, b)) + ins + sample.slice(Math.max(a, b))),
  );
  fc.assert(
    fc.property(text, (t) => {
      for (let i = 0; i < t.length; i++) if (t[i] === '\\') decodeEscape(t, i, t.length);
      const program = parseJs(t, true);
      walk(program.body, (n) => {
        jsHostString(t, n);
      });
      const d = parseDnscontrol({ uri: 'file:///w/dnsconfig.js', text: t });
      const p = parsePulumi({ uri: 'file:///w/index.ts', text: t });
      for (const r of [...d.records, ...p.records]) void r.value?.text;
    }),
    { seed: 5, numRuns: 300 },
  );
});
