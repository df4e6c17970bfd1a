// The long fuzzing budget: every target of test/fuzz/targets.ts (parsers, host adapters, source
// maps) with many more inputs than the test suite runs.
// Usage: npm run fuzz [-- --count N] [--seed S] [--only substring]
//   --count  inputs per target (default 1000000; also ZONEMAIL_FUZZ_COUNT)
//   --seed   the first seed (default: the time); printed so a finding replays
//   --only   run only the targets whose name contains this text
// Runs over the compiled tests in out/ (run `npm run build` first). Exits 1 on the first finding,
// printing the counterexample, its seed and path; a summary line per target otherwise.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
function option(name, fallback) {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
}
const count = Number(option('count', process.env.ZONEMAIL_FUZZ_COUNT ?? 1_000_000));
const seed = Number(option('seed', Date.now() % 2 ** 31));
const only = option('only', undefined);
const compiled = join(import.meta.dirname, '..', 'out', 'test', 'fuzz', 'targets.js');
if (!existsSync(compiled)) {
  console.error('no compiled fuzz targets in out/test/fuzz: run `npm run build` first');
  process.exit(1);
}
const fc = require('fast-check');
const { fuzzTargets } = require(compiled);

console.log(`# fuzz: ${count} inputs per target, seed ${seed}`);
let status = 0;
for (const target of fuzzTargets()) {
  if (only && !target.name.includes(only)) continue;
  const started = Date.now();
  // Chunks of at most 10,000 runs, each with its own seed, so progress shows on long runs.
  let done = 0;
  let chunk = 0;
  // Cheap targets (scale > 1) get proportionally more inputs.
  const total = Math.round(count * (target.scale ?? 1));
  while (done < total) {
    const runs = Math.min(10_000, total - done);
    const chunkSeed = (seed + chunk * 7919) % 2 ** 31;
    const details = fc.check(fc.property(target.arbitrary, (input) => target.check(input)), { seed: chunkSeed, numRuns: runs, includeErrorInReport: true });
    if (details.failed) {
      console.log(`not ok - ${target.name} after ${done + details.numRuns} inputs`);
      console.log(fc.defaultReportMessage(details));
      status = 1;
      break;
    }
    done += runs;
    chunk++;
  }
  if (status !== 0) break;
  console.log(`ok - ${target.name}: ${done} inputs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
process.exit(status);
