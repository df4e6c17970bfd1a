/**
 * A seeded smoke fuzz over every example file of every host: mutated documents are parsed,
 * validated, hovered and completed; nothing throws and every range and fix edit lies inside the
 * document. (The long fuzzing budget belongs to `npm run fuzz`.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { getLanguageService } from '../../server/src/service/index';
import { EXAMPLES } from '../support/paths';

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const examples = filesUnder(EXAMPLES).map((file) => ({ uri: pathToFileURL(file).href, text: fs.readFileSync(file, 'utf8') }));
const ls = getLanguageService();

/** Insertions of characters that matter to some host, deletions and copied spans. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom('"', '\\', ';', '(', ')', '\n', ' ', '=', '${', '}', '#', "'", '`', ':', '.', '-', '0', 'é', '\t', '%', '\\"\\"') }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant('copy' as const), at: fc.nat(), from: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
);

interface Mutation {
  readonly kind: 'insert' | 'delete' | 'copy';
  readonly at: number;
  readonly text?: string;
  readonly length?: number;
  readonly from?: number;
}

function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % out.length;
    if (m.kind === 'insert') out = out.slice(0, at) + m.text + out.slice(at);
    else if (m.kind === 'delete') out = out.slice(0, at) + out.slice(at + (m.length ?? 1));
    else {
      const from = out.length === 0 ? 0 : (m.from ?? 0) % out.length;
      out = out.slice(0, at) + out.slice(from, from + (m.length ?? 1)) + out.slice(at);
    }
  }
  return out;
}

test('mutated examples of every host never throw and keep every range inside the document', () => {
  assert.ok(examples.length >= 6, `found ${examples.length} example files`);
  fc.assert(
    fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { minLength: 3, maxLength: 3 }), (which, mutations, probes) => {
      const example = examples[which % examples.length]!;
      const text = mutate(example.text, mutations);
      const doc = ls.parse({ uri: example.uri, text }, true);
      if (!doc) return;
      for (const d of ls.validate(doc)) {
        assert.ok(d.range.start >= 0 && d.range.start <= d.range.end && d.range.end <= text.length, `${d.code} range ${d.range.start}-${d.range.end} in ${text.length}`);
        for (const fix of d.fixes ?? []) {
          for (const e of fix.edits) assert.ok(e.range.start >= 0 && e.range.end <= text.length, `${d.code} fix edit outside the document`);
        }
      }
      for (const p of probes) {
        const offset = text.length === 0 ? 0 : p % (text.length + 1);
        ls.hover(doc, offset);
        ls.complete(doc, offset);
      }
      ls.symbols(doc);
      ls.folding(doc);
    }),
    { seed: 20261128, numRuns: 400 },
  );
});
