/**
 * The fuzz tier: every parser, host adapter and source map under a short, seeded fast-check
 * budget (the long budget is `npm run fuzz`). A failure prints its seed and path so it replays.
 */
import { test } from 'node:test';
import fc from 'fast-check';
import { fuzzTargets } from './targets';

/** Runs per target: about 40 s for the whole tier on a shared 2-core machine. */
const RUNS = Number(process.env.ZONEMAIL_FUZZ_RUNS ?? 150);
const SEED = Number(process.env.ZONEMAIL_FUZZ_SEED ?? 20261128);

for (const target of fuzzTargets()) {
  test(`fuzz: ${target.name}`, () => {
    fc.assert(fc.property(target.arbitrary, (input) => target.check(input as never)), { seed: SEED, numRuns: RUNS, endOnFailure: true, includeErrorInReport: true });
  });
}
