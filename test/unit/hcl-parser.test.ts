/** The HCL tokenizer, parser and template source maps (hosts/terraform/hcl). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseHcl, type HclBlock, type HclExpr } from '../../server/src/service/hosts/terraform/hcl/parser';
import { attribute, hostString } from '../../server/src/service/hosts/terraform/hcl/query';

function attr(text: string, name = 'v'): HclExpr {
  const file = parseHcl(text);
  const a = attribute(file.body, name);
  assert.ok(a, `no attribute ${name}`);
  return a.value;
}

function decoded(text: string) {
  const s = hostString(text, attr(text));
  assert.ok(s);
  return s;
}

test('every escape form decodes, and each maps to its whole escape', () => {
  const text = 'v = "a\\"b\\\\c\\nd\\u0040e\\U0001F600f$${x}%%{y}"';
  const s = decoded(text);
  assert.equal(s.value, 'a"b\\c\nd@e\u{1F600}f${x}%{y}');
  const at = (ch: string) => {
    const i = s.value.indexOf(ch);
    const span = s.map.toDocSpan(i, i + ch.length);
    return text.slice(span.start, span.end);
  };
  assert.equal(at('"'), '\\"');
  assert.equal(at('\\'), '\\\\');
  assert.equal(at('\n'), '\\n');
  assert.equal(at('@'), '\\u0040');
  assert.equal(at('\u{1F600}'), '\\U0001F600');
  assert.equal(at('${'), '$${');
  assert.equal(at('%{'), '%%{');
  assert.deepEqual(s.opaque, []);
});

test('interpolations are opaque, with nested braces and strings', () => {
  const text = 'v = "p=${var.x} q=${lookup({a = "}"}, "a")} r=%{if true}y%{endif}"';
  const s = decoded(text);
  assert.equal(s.value, text.slice(5, -1));
  const opaque = s.opaque.map((o) => s.value.slice(o.start, o.end));
  assert.deepEqual(opaque, ['${var.x}', '${lookup({a = "}"}, "a")}', '%{if true}', '%{endif}']);
});

test('heredocs: <<EOF keeps text and backslashes; <<-EOF strips the common indentation', () => {
  const plain = 'v = <<EOF\nv=spf1 \\n -all\nEOF\n';
  assert.equal(decoded(plain).value, 'v=spf1 \\n -all\n');
  const text = 'v = <<-EOT\n    v=DMARC1;\n      p=reject\n\n    x\n    EOT\n';
  const s = decoded(text);
  assert.equal(s.value, 'v=DMARC1;\n  p=reject\n\nx\n');
  // Offsets map past the stripped indentation.
  const i = s.value.indexOf('p=reject');
  const span = s.map.toDocSpan(i, i + 8);
  assert.equal(text.slice(span.start, span.end), 'p=reject');
  const x = s.value.indexOf('x');
  assert.equal(text[s.map.toDocOffset(x)], 'x');
});

test('comments, lists, nested blocks, references and one-line blocks', () => {
  const text = [
    '# comment',
    '// another',
    '/* block',
    '   comment */',
    'resource "aws_route53_record" "a" {',
    '  zone_id = aws_route53_zone.main.zone_id # trailing',
    '  records = [',
    '    "one", # inside',
    '    "two",',
    '  ]',
    '  ttl = 300',
    '  alias { name = "x" }',
    '  weighted_routing_policy {',
    '    weight = 10',
    '  }',
    '  count = length(var.x) > 0 ? 1 : 0',
    '  tags = { a = "b", "c" = 1 }',
    '}',
  ].join('\n');
  const file = parseHcl(text);
  assert.equal(file.comments.length, 5);
  const block = file.body[0] as HclBlock;
  assert.equal(block.kind, 'block');
  assert.deepEqual(block.labels.map((l) => l.value), ['aws_route53_record', 'a']);
  const zone = attribute(block.body, 'zone_id')!.value;
  assert.deepEqual(zone.kind === 'reference' ? zone.path : [], ['aws_route53_zone', 'main', 'zone_id']);
  const records = attribute(block.body, 'records')!.value;
  assert.equal(records.kind, 'list');
  if (records.kind === 'list') assert.deepEqual(records.items.map((i) => text.slice(i.range.start, i.range.end)), ['"one"', '"two"']);
  assert.equal(attribute(block.body, 'ttl')!.value.kind, 'number');
  assert.equal(attribute(block.body, 'count')!.value.kind, 'other');
  assert.equal(attribute(block.body, 'tags')!.value.kind, 'object');
  assert.deepEqual(block.body.filter((i) => i.kind === 'block').map((b) => b.kind === 'block' && b.type), ['alias', 'weighted_routing_policy']);
  assert.deepEqual(file.problems, []);
});

test('problems: unclosed string, unknown escape, unclosed heredoc and block; parsing goes on', () => {
  const file = parseHcl('a = "x\nb = "\\q"\nc {\n  d = <<EOF\nno end\n');
  assert.ok(file.problems.length >= 4, JSON.stringify(file.problems));
  assert.ok(attribute(file.body, 'b'));
});

const anything = fc.string({ unit: fc.constantFrom('"', '\\', '$', '%', '{', '}', '[', ']', '<', '-', '#', '/', '*', '\n', ' ', 'a', '=', 'E', 'O', 'F', 'u', '0'), maxLength: 200 });

test('property: the parser never throws on arbitrary input', () => {
  fc.assert(fc.property(anything, (text) => void parseHcl(text)), { seed: 11, numRuns: 2000 });
});

test('property: decoded offsets map inside the literal and escapes stay whole', () => {
  const piece = fc.oneof(fc.stringMatching(/^[a-z =:;.-]{1,4}$/), fc.constantFrom('\\"', '\\\\', '\\n', '\\u0041', '$${', '%%{', '${var.x}'));
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
      const text = `v = "${pieces.join('')}"`;
      const s = decoded(text);
      for (let i = 0; i <= s.value.length; i++) {
        const d = s.map.toDocOffset(i);
        assert.ok(d >= 5 && d <= text.length - 1, `offset ${i} → ${d}`);
      }
      for (let i = 0; i < s.value.length; i++) {
        const span = s.map.toDocSpan(i, i + 1);
        const written = text.slice(span.start, span.end);
        assert.ok(written === s.value[i] || written.startsWith('\\') || written.startsWith('$$') || written.startsWith('%%'), `${JSON.stringify(s.value[i])} ← ${JSON.stringify(written)}`);
      }
    }),
    { seed: 5, numRuns: 300 },
  );
});

test('linear time on adversarial input', () => {
  const cases = ['['.repeat(50000), '{'.repeat(50000), '"${'.repeat(20000), 'a = <<EOF\n'.repeat(5000), '/*'.repeat(30000), 'x {\n'.repeat(20000), '"\\'.repeat(30000)];
  for (const text of cases) {
    const t0 = performance.now();
    parseHcl(text);
    const ms = performance.now() - t0;
    assert.ok(ms < 1500, `${JSON.stringify(text.slice(0, 8))}…: ${ms.toFixed(0)} ms`);
  }
});
