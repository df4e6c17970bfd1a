/**
 * Rule: bimi/dmarc-not-enforced. BIMI logos are shown only for mail from domains whose DMARC
 * policy is enforced: `p=quarantine` or `p=reject`, `pct=100` when given, no `sp=none`. Checked
 * against the DMARC records of the domain and its organisational domain in the same zone.
 */
import { defineRule } from '../../../rules/define-rule';
import { dmarcFor, enforcementGap, lookup } from '../../cross/mail-index';
import { reportRange } from '../../cross/tag-records';
import { checkedBimi, isDeclination } from '../parse';
import { bimiDraft } from '../tags';

/** `default._bimi.example.com.` → `example.com.` */
function bimiDomain(owner: string): string | undefined {
  const at = owner.indexOf('._bimi.');
  return at < 0 ? undefined : owner.slice(at + '._bimi.'.length);
}

export const bimiDmarcNotEnforced = defineRule({
  code: 'bimi/dmarc-not-enforced',
  severity: 'warning',
  scope: 'record',
  types: ['TXT'],
  reference: bimiDraft('7.1'),
  docs: {
    what: 'A BIMI record for a domain whose DMARC policy in this zone is not enforced: no DMARC record, `p=none`, `pct` below 100, `sp=none`, or `t=y`.',
    why: 'Receivers process BIMI only for mail that passes DMARC under an enforced policy (`p=quarantine` or `p=reject`); otherwise the logo is never shown.',
    bad: '$ORIGIN example.com.\n_dmarc         TXT  "v=DMARC1; p=none"\ndefault._bimi  TXT  "v=BIMI1; l=https://example.com/logo.svg"',
    good: '$ORIGIN example.com.\n_dmarc         TXT  "v=DMARC1; p=reject"\ndefault._bimi  TXT  "v=BIMI1; l=https://example.com/logo.svg"',
  },
  check(record, context) {
    const b = checkedBimi(record);
    if (!b || b.version || isDeclination(b)) return;
    const domain = bimiDomain(record.owner);
    if (!domain) return;
    const apex = context.document.zoneOrigin;
    const gap = enforcementGap(dmarcFor(domain, lookup(context), apex), domain);
    if (!gap) return;
    // Without any DMARC record here, the organisational domain's record may live in a parent zone
    // that is not open: only a zone at a registered domain (two labels) is sure to hold it.
    if (gap.missing && !(apex && apex.split('.').length === 3 && (domain === apex || domain.endsWith(`.${apex}`)))) return;
    const v = b.list.tags[0]!;
    context.report({
      range: reportRange(record, v.start, v.end),
      message: `Receivers show BIMI logos only when DMARC is enforced, but ${gap.reason}: publish \`p=quarantine\` or \`p=reject\` (with no \`pct\` below 100 and no \`sp=none\`) at \`_dmarc.${domain}\` or its organisational domain.`,
      record,
    });
  },
});
