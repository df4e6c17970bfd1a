/**
 * No regular expression in the language service backtracks catastrophically: every regex literal
 * in `server/src/service/**` (found with the TypeScript scanner) runs on 100,000-character
 * adversarial strings built from its own characters (long runs of one character, of two
 * alternating ones, each followed by a character that makes the match fail) within a bound that
 * only a linear-time match meets. `new RegExp` is not used in the service; the test keeps it so.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { regexSites } from './regex-inventory';

const N = 100_000;
/** A linear scan of 100k characters takes well under a millisecond; quadratic takes seconds. */
const BOUND_MS = 150;

/** The characters of a regex source (the text it can match comes from these), plus a few. */
function alphabet(source: string): string[] {
  const chars = new Set<string>(['a', 'Z', '0', ' ', '\t', '.', '-', '!', '\\']);
  for (const ch of source) if (ch >= ' ' && ch <= '~') chars.add(ch);
  return [...chars];
}

function adversarial(source: string): string[] {
  const chars = alphabet(source);
  const out: string[] = [];
  for (const c of chars) {
    out.push(c.repeat(N) + '\n\u0001');
    out.push(c.repeat(N) + '\u0001');
  }
  // Runs of the pairs that stand next to each other in the source (`a.` for `[a-z]+(\.[a-z]+)+`).
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < source.length; i++) pairs.add(source.slice(i, i + 2));
  for (const c of ['a', '0', ' ']) for (const d of chars) pairs.add(c + d);
  for (const p of pairs) out.push(p.repeat(N / 2) + '\n\u0001');
  return out;
}

const { literals, constructed } = regexSites();

test('regex review: the service builds no regular expression at run time', () => {
  assert.deepEqual(constructed.map((c) => `${c.file}:${c.line}`), []);
});

test(`regex review: all ${literals.length} regex literals run in linear time on 100k adversarial strings`, () => {
  assert.ok(literals.length > 50, `found ${literals.length} regex literals`);
  const slow: string[] = [];
  for (const site of literals) {
    const re = new RegExp(site.source, site.flags.replace(/[gy]/g, ''));
    const global = new RegExp(site.source, site.flags.includes('g') ? site.flags : `${site.flags}g`);
    for (const input of adversarial(site.source)) {
      const run = (): number => {
        const started = performance.now();
        re.test(input);
        if (site.flags.includes('g')) input.replace(global, '');
        return performance.now() - started;
      };
      // Over the bound once may be a pause of a busy machine: the best of three decides.
      let ms = run();
      if (ms > BOUND_MS) ms = Math.min(ms, run(), run());
      if (ms > BOUND_MS) {
        slow.push(`${site.file}:${site.line} /${site.source}/${site.flags} took ${ms.toFixed(0)} ms on ${JSON.stringify(input.slice(0, 6))}... (${input.length} chars)`);
        break;
      }
    }
  }
  assert.deepEqual(slow, []);
});
