/**
 * The fuzz tier: every parser, host adapter and source map under a short, seeded fast-check
 * budget (the long budget is `npm run fuzz`). A failure prints its seed and path so it replays.
 */
import { test } from 'node:test';
import fc from 'fast-check';
import { fuzzTargets } from './targets';

/** Runs per target (times its scale): about 30 s for the whole tier on a shared 2-core machine. */
const RUNS = Number(process.env.ZONEMAIL_FUZZ_RUNS ?? 300);
const SEED = Number(process.env.ZONEMAIL_FUZZ_SEED ?? 20261128);

for (const target of fuzzTargets()) {
  test(`fuzz: ${target.name}`, () => {
    fc.assert(fc.property(target.arbitrary, (input) => target.check(input as never)), { seed: SEED, numRuns: Math.round(RUNS * (target.scale ?? 1)), endOnFailure: true, includeErrorInReport: true });
  });
}
