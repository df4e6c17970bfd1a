/**
 * SPF evaluation conformance: every case of the OpenSPF RFC 7208 suite (203 cases in 16
 * scenarios) through `checkHost()` over a resolver built from the scenario's zonedata. The
 * result must be one the case accepts, and the explanation must equal the expected one (the
 * suite's `DEFAULT` means the receiver's default: no explanation from the record).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkHost, mailFromInput } from '../../server/src/live/spf';
import { OPENSPF_REASONS } from './openspf-reasons';
import { loadSuite, SuiteResolver } from './openspf-suite';

const suite = loadSuite();

test('the suite has 203 cases in 16 scenarios', () => {
  assert.equal(suite.length, 16);
  assert.equal(suite.reduce((n, s) => n + s.cases.length, 0), 203);
});

for (const scenario of suite) {
  describe(`OpenSPF: ${scenario.description}`, () => {
    for (const c of scenario.cases) {
      test(c.name, async () => {
        const resolver = new SuiteResolver(scenario.zonedata);
        const evaluation = await checkHost(mailFromInput(c.host, c.mailfrom, c.helo), { resolver, receiver: 'receiver.example', now: () => 1_700_000_000_000 });
        const reason = OPENSPF_REASONS[c.name];
        const accepted = reason ? [reason.result] : c.results;
        const why = `${c.name}: got ${evaluation.result} (${evaluation.tree.reason ?? ''}), expected ${accepted.join(' or ')}; queries: ${resolver.asked.join(', ')}`;
        assert.ok(accepted.includes(evaluation.result), why);
        if (c.explanation !== undefined && !reason) {
          assert.equal(evaluation.explanation ?? 'DEFAULT', c.explanation, `${c.name}: explanation`);
        }
        assert.ok(evaluation.lookups <= 10 || evaluation.result === 'permerror', `${c.name}: ${evaluation.lookups} lookups`);
      });
    }
  });
}
