/**
 * Rule: dmarc/testing. `t=y`: RFC 9989 testing mode, the policy is not fully enforced; receivers
 * apply the next weaker policy (RFC 9989 §4.7). RFC 7489 receivers ignore `t`.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { POLICY_ORDER } from '../tags';
import { dmarcInput, tagValue } from '../support';

export const testing = defineRule({
  code: 'dmarc/testing',
  severity: 'information',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(9989, '4.7'),
  docs: {
    what: 'A DMARC record in testing mode (`t=y`).',
    why: 'With `t=y` RFC 9989 receivers apply one policy level weaker than published (`reject` becomes `quarantine`, `quarantine` becomes `none`), so the domain is not fully protected; RFC 7489 receivers ignore `t` and enforce fully.',
    bad: '_dmarc  TXT  "v=DMARC1; p=reject; t=y"',
    good: '_dmarc  TXT  "v=DMARC1; p=reject"',
  },
  check(record, context) {
    const d = dmarcInput(record, context, { policy: true });
    const t = d?.dmarc.byName.get('t');
    if (!d || !t || t.value.toLowerCase() !== 'y') return;
    const p = tagValue(d.dmarc, 'p') ?? 'none';
    const rank = POLICY_ORDER.indexOf(p);
    const effect = rank > 0 ? `RFC 9989 receivers apply \`${POLICY_ORDER[rank - 1]}\` instead of \`${p}\`` : 'the policy is not enforced';
    d.at.report(t.start, t.end, `\`t=y\` is testing mode: ${effect}, while RFC 7489 receivers ignore \`t\`. Remove \`t=y\` (or set \`t=n\`) once reports show legitimate mail passes.`);
  },
});
