/** YAML scalars decode with an exact source map: plain, single-quoted, double-quoted and block scalars. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDocument, isMap, isScalar, isSeq } from 'yaml';
import { decodeYamlScalar, type YamlScalarToken } from '../../server/src/service/hosts/yaml-json/yaml-scalar';
import type { HostString } from '../../server/src/service/hosts/iac/host-string';

/** The first mapping value of `doc` decoded without the parser's value as a check, and the parser's value. */
function decode(doc: string): { host: HostString; expected: unknown; coarse: boolean } {
  const d = parseDocument(doc, { keepSourceTokens: true });
  assert.ok(isMap(d.contents), `not a mapping: ${doc}`);
  const value = d.contents.items[0]!.value;
  const node = isSeq(value) ? value.items[0] : value;
  assert.ok(isScalar(node));
  const decoded = decodeYamlScalar(doc, node.srcToken as YamlScalarToken);
  assert.ok(decoded);
  return { host: decoded.text, expected: node.value, coarse: decoded.coarse };
}

/** The document text a value range maps to. */
function at(doc: string, host: HostString, start: number, end: number): string {
  const s = host.map.toDocSpan(start, end);
  return doc.slice(s.start, s.end);
}

test('plain scalar: folded lines, trailing space dropped', () => {
  const doc = 'k: v=spf1 mx\n   include:a.example\n\n   -all   \n';
  const { host, expected } = decode(doc);
  assert.equal(host.value, expected);
  assert.equal(host.value, 'v=spf1 mx include:a.example\n-all');
  const i = host.value.indexOf('include');
  assert.equal(at(doc, host, i, i + 17), 'include:a.example');
  // The fold is one atomic piece over the line break and indentation.
  assert.equal(at(doc, host, 9, 10), '\n   ');
});

test("single-quoted scalar: '' is one atomic quote", () => {
  const doc = "k: 'it''s \"quoted\"'\n";
  const { host } = decode(doc);
  assert.equal(host.value, 'it\'s "quoted"');
  assert.equal(at(doc, host, 2, 3), "''");
  assert.equal(at(doc, host, 5, 13), '"quoted"');
  assert.equal(host.encode("a'b"), "a''b");
});

test('double-quoted scalar: every escape form is atomic', () => {
  const doc = 'k: "a\\"b\\\\c\\/d\\te\\x41\\u00e9\\U0001F600\\N\\_\\L\\P\\0\\a\\b\\v\\f\\r\\e\\ \\\t!"\n';
  const { host, expected } = decode(doc);
  assert.equal(host.value, expected);
  assert.equal(at(doc, host, 1, 2), '\\"');
  assert.equal(at(doc, host, host.value.indexOf('A'), host.value.indexOf('A') + 1), '\\x41');
  const smile = host.value.indexOf('\u{1F600}');
  assert.equal(at(doc, host, smile, smile + 2), '\\U0001F600');
  // Half of the surrogate pair still maps to the whole escape.
  assert.equal(at(doc, host, smile + 1, smile + 2), '\\U0001F600');
});

test('double-quoted scalar: escaped line break and folding', () => {
  const doc = 'k: "v=DMARC1; \\\n    p=reject;  \n\n  rua=x"\n';
  const { host, expected } = decode(doc);
  assert.equal(host.value, expected);
  assert.equal(host.value, 'v=DMARC1; p=reject;\nrua=x');
  const p = host.value.indexOf('p=reject');
  assert.equal(at(doc, host, p, p + 8), 'p=reject');
});

test('block scalars: literal, folded, chomping, indentation indicator', () => {
  for (const doc of [
    'k: |\n  a b\n   c\n\n  d\n',
    'k: |-\n  a\n  b\n\n',
    'k: |+\n  a\n\n\n',
    'k: >\n  a\n  b\n\n  c\n   d\n  e\n',
    'k: >-\n  v=spf1 mx\n  -all\n',
    'k:\n  - |2\n     x\n    y\n',
    'k: >2-\n    indented\n   text\n',
  ]) {
    const { host, expected, coarse } = decode(doc);
    assert.equal(host.value, expected, JSON.stringify(doc));
    assert.equal(coarse, false);
  }
  const doc = 'k: >-\n  v=spf1 mx\n  -all\n';
  const { host } = decode(doc);
  const i = host.value.indexOf('-all');
  assert.equal(at(doc, host, i, i + 4), '-all');
  assert.equal(at(doc, host, i - 1, i), '\n');
});

const plainChar = fc.constantFrom('a', 'b', '=', ';', ':', '.', '-', '1', '"', 'é', '\u{1F600}');
const anyChar = fc.constantFrom('a', 'b', ' ', ';', '"', "'", '\\', '=', 'é', '\t', '\n');

function checkMap(doc: string, host: HostString): void {
  for (let i = 0; i < host.value.length; i++) {
    const s = host.map.toDocSpan(i, i + 1);
    assert.ok(s.start >= host.range.start && s.end <= host.range.end, `value ${i} maps outside the scalar`);
    const written = doc.slice(s.start, s.end);
    const piece = host.map.pieces.find((p) => p.valueStart <= i && i < p.valueStart + p.valueLength)!;
    if (!piece.atomic) assert.equal(written, host.value[i]);
  }
}

test('property: quoted and plain scalars decode like the YAML parser, and literal pieces are the document text', () => {
  const word = fc.array(plainChar, { minLength: 1, maxLength: 6 }).map((a) => a.join(''));
  const plain = fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' '));
  const content = fc.array(anyChar, { maxLength: 30 }).map((a) => a.join(''));
  const scalar = fc.oneof(
    plain.filter((p) => !/^[-"'?:,\[\]{}#&*!|>%@`]/.test(p) && !p.includes(': ') && !p.endsWith(':')),
    content.map((c) => `'${c.replace(/'/g, "''")}'`),
    content.map((c) => JSON.stringify(c)),
    content.map((c) => JSON.stringify(c).replace(/ /g, ' \\\n   ')),
    content.map((c) => `'${c.replace(/'/g, "''").replace(/ /g, '\n\n  ')}'`),
  );
  fc.assert(
    fc.property(scalar, (s) => {
      const doc = `k: ${s}\n`;
      const d = parseDocument(doc, { keepSourceTokens: true });
      if (d.errors.length > 0 || !isMap(d.contents)) return;
      const node = d.contents.items[0]!.value;
      if (!isScalar(node) || typeof node.value !== 'string') return;
      const decoded = decodeYamlScalar(doc, node.srcToken as YamlScalarToken)!;
      assert.equal(decoded.text.value, node.value, JSON.stringify(doc));
      checkMap(doc, decoded.text);
    }),
    { seed: 42, numRuns: 500 },
  );
});

test('property: block scalars decode like the YAML parser', () => {
  const line = fc.oneof(fc.constant(''), fc.array(fc.constantFrom('a', 'b', ' ', ';', '='), { minLength: 1, maxLength: 8 }).map((a) => a.join('')));
  const header = fc.constantFrom('|', '|-', '|+', '>', '>-', '>+', '|2', '>2-');
  fc.assert(
    fc.property(header, fc.array(line, { minLength: 1, maxLength: 6 }), (h, lines) => {
      const body = lines.map((l) => (l === '' ? '' : `  ${l}`)).join('\n');
      const doc = `k: ${h}\n${body}\n`;
      const d = parseDocument(doc, { keepSourceTokens: true });
      if (d.errors.length > 0 || !isMap(d.contents)) return;
      const node = d.contents.items[0]!.value;
      if (!isScalar(node) || typeof node.value !== 'string') return;
      const decoded = decodeYamlScalar(doc, node.srcToken as YamlScalarToken, node.value)!;
      assert.equal(decoded.text.value, node.value, JSON.stringify(doc));
      checkMap(doc, decoded.text);
    }),
    { seed: 7, numRuns: 500 },
  );
});

test('property: never throws on arbitrary tokens and text', () => {
  fc.assert(
    fc.property(fc.string(), fc.constantFrom('scalar', 'single-quoted-scalar', 'double-quoted-scalar', 'block-scalar', 'other'), fc.nat(40), (text, type, offset) => {
      const source = text.slice(Math.min(offset, text.length));
      decodeYamlScalar(text, { type, offset: Math.min(offset, text.length), source, indent: 0, props: [{ type: 'block-scalar-header', offset: 0, source: '|' }] });
    }),
    { seed: 3, numRuns: 300 },
  );
});
