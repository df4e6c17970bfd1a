/**
 * Rule: dmarc/weaker-subdomain-policy. `sp` or `np` weaker than `p` (`p=reject; sp=none`):
 * subdomains, or non-existent subdomains, can be spoofed while the domain itself is protected
 * (RFC 9989 §4.7).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { POLICY_ORDER } from '../tags';
import { dmarcInput } from '../support';

export const weakerSubdomainPolicy = defineRule({
  code: 'dmarc/weaker-subdomain-policy',
  severity: 'information',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(9989, '4.7'),
  docs: {
    what: 'A subdomain policy (`sp=`) or non-existent subdomain policy (`np=`) weaker than the domain policy (`p=`).',
    why: 'Attackers spoof subdomains (`billing.example.com`, or names that do not exist) when the domain itself is protected; a weaker `sp` or `np` leaves exactly those open.',
    bad: '_dmarc  TXT  "v=DMARC1; p=reject; sp=none"',
    good: '_dmarc  TXT  "v=DMARC1; p=reject"',
  },
  check(record, context) {
    const d = dmarcInput(record, context, { policy: true });
    if (!d) return;
    const rank = (name: string) => POLICY_ORDER.indexOf(d.dmarc.byName.get(name)?.value.toLowerCase() ?? '');
    const p = rank('p');
    if (p <= 0) return;
    const sp = rank('sp');
    const np = rank('np');
    const spTag = d.dmarc.byName.get('sp');
    if (spTag && sp >= 0 && sp < p) {
      d.at.report(
        spTag.valueStart,
        spTag.valueEnd,
        `\`sp=${POLICY_ORDER[sp]}\` is weaker than \`p=${POLICY_ORDER[p]}\`, so subdomains without their own DMARC record can be spoofed: raise \`sp\` or remove it (it defaults to \`p\`).`,
      );
    }
    const npTag = d.dmarc.byName.get('np');
    const parent = sp >= 0 ? sp : p;
    if (npTag && np >= 0 && np < parent) {
      d.at.report(
        npTag.valueStart,
        npTag.valueEnd,
        `\`np=${POLICY_ORDER[np]}\` is weaker than the policy for existing subdomains (\`${POLICY_ORDER[parent]}\`), so names that do not exist can be spoofed: raise \`np\` or remove it.`,
      );
    }
  },
});
