/** IaC record sites: values decoded through a host string literal and DNS character-strings map back to the document. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { HostStringBuilder, encodeDoubleQuoted, type HostString } from '../../server/src/service/hosts/iac/host-string';
import { IacRecord, type RdataEncoding } from '../../server/src/service/hosts/iac/iac-record';

/** Decodes a JSON/HCL-style double-quoted literal starting at `start` (the opening quote). */
function decodeLiteral(doc: string, start: number): HostString {
  const b = new HostStringBuilder(start + 1);
  let i = start + 1;
  let run = i;
  while (i < doc.length && doc[i] !== '"') {
    if (doc[i] === '\\') {
      if (i > run) b.literal(doc.slice(run, i), run);
      const c = doc[i + 1]!;
      b.escape(c === 'n' ? '\n' : c, i, i + 2);
      i += 2;
      run = i;
    } else i++;
  }
  if (i > run) b.literal(doc.slice(run, i), run);
  return b.finish({ start, end: i + 1 }, (t) => encodeDoubleQuoted(t), i);
}

function record(doc: string, encoding: RdataEncoding): IacRecord {
  const text = decodeLiteral(doc, doc.indexOf('"'));
  return new IacRecord({
    host: 'terraform',
    uri: 'file:///t/main.tf',
    owner: 'example.com.',
    origin: 'example.com.',
    type: 'TXT',
    typeRange: { start: 0, end: 3 },
    range: { start: 0, end: doc.length },
    rdata: [{ text, encoding }],
  });
}

test('presentation text inside a host literal: both layers of escapes map back', () => {
  const doc = 'records = ["\\"v=spf1 include:a.example\\" \\"-all\\""]';
  const r = record(doc, 'presentation');
  const value = r.value!;
  assert.equal(value.text, 'v=spf1 include:a.example-all');
  assert.equal(r.rdata.length, 2);
  // `include:a.example` maps to exactly those document characters.
  const at = value.text.indexOf('include');
  const span = value.map.toDocSpan(at, at + 'include:a.example'.length);
  assert.equal(doc.slice(span.start, span.end), 'include:a.example');
  // The token range covers the DNS string with its escaped quotes.
  assert.equal(doc.slice(r.rdata[1]!.range.start, r.rdata[1]!.range.end), '\\"-all\\"');
});

test('raw TXT value: a host escape is atomic in the value map', () => {
  const doc = 'content = "v=DMARC1; p=reject; rua=mailto:a\\u0040example.com"';
  const text = decodeLiteral(doc.replace('\\u0040', '\\@'), doc.indexOf('"'));
  assert.ok(text.value.includes('a@example.com'));
  const b = doc.replace('\\u0040', '\\@');
  const r = new IacRecord({
    host: 'terraform', uri: 'file:///t/main.tf', owner: '_dmarc.example.com.', origin: 'example.com.', type: 'TXT',
    typeRange: { start: 0, end: 1 }, range: { start: 0, end: b.length }, rdata: [{ text, encoding: 'raw' }],
  });
  const value = r.value!;
  const at = value.text.indexOf('@');
  const span = value.map.toDocSpan(at, at + 1);
  assert.equal(b.slice(span.start, span.end), '\\@');
});

test('Route 53 split: `""` separates strings and is not part of the value', () => {
  const doc = 'records = ["v=spf1 include:a.example \\"\\"-all"]';
  const r = record(doc, 'split-quotes');
  assert.deepEqual(r.rdata.map((t) => t.cs.value), ['v=spf1 include:a.example ', '-all']);
  assert.equal(r.value!.text, 'v=spf1 include:a.example -all');
  const at = r.value!.text.indexOf('-all');
  const span = r.value!.map.toDocSpan(at, at + 4);
  assert.equal(doc.slice(span.start, span.end), '-all');
});

test('encodeValue escapes through both layers', () => {
  const doc = 'records = ["\\"v=spf1 -all\\""]';
  const r = record(doc, 'presentation');
  assert.equal(r.encodeValue('a "b" c', 3), 'a \\\\\\"b\\\\\\" c');
});

test('property: every value offset maps inside the literal, escapes stay whole', () => {
  const piece = fc.oneof(fc.stringMatching(/^[a-z =:.;-]{1,5}$/), fc.constantFrom('\\"', '\\\\'));
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
      const doc = `x = "${pieces.join('')}"`;
      const r = record(doc, 'raw');
      const value = r.value!;
      const literal = { start: doc.indexOf('"') + 1, end: doc.length - 1 };
      for (let i = 0; i <= value.text.length; i++) {
        const d = value.map.toDocOffset(i);
        assert.ok(d >= literal.start && d <= literal.end, `offset ${i} → ${d}`);
      }
      for (let i = 0; i < value.text.length; i++) {
        const span = value.map.toDocSpan(i, i + 1);
        const written = doc.slice(span.start, span.end);
        assert.ok(written === value.text[i] || written === `\\${value.text[i]}`, `value char ${JSON.stringify(value.text[i])} ← ${JSON.stringify(written)}`);
      }
    }),
    { seed: 7, numRuns: 200 },
  );
});
