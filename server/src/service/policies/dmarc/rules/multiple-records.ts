/**
 * Rule: dmarc/multiple-records. More than one DMARC record at a `_dmarc` name: receivers discard
 * the whole set and apply no DMARC policy, and do not fall back to the organisational domain
 * (RFC 9989 §4.10, RFC 7489 §6.6.3). An owner rule: it looks at the records of one name.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { dmarcOf } from '../parse';

export const multipleRecords = defineRule({
  code: 'dmarc/multiple-records',
  severity: 'error',
  scope: 'owner',
  reference: rfc(9989, '4.10'),
  docs: {
    what: 'Two or more different DMARC records (`v=DMARC1`) at the same `_dmarc` name.',
    why: 'Receivers that find more than one DMARC record discard them all: the domain has no DMARC policy, and it does not inherit the organisational domain\'s either.',
    bad: '_dmarc  TXT  "v=DMARC1; p=reject"\n_dmarc  TXT  "v=DMARC1; p=none"',
    good: '_dmarc  TXT  "v=DMARC1; p=reject"',
  },
  check(records, context) {
    const owner = records[0]!.owner;
    if (!owner.startsWith('_dmarc.')) return;
    // The IN TXT records of the name (this document's and its includes'); values are only
    // parsed where there are two or more.
    let txt = 0;
    for (const r of records) if (r.type === 'TXT' && r.rrClass === 'IN') txt++;
    if (txt < 2) return;
    const list = records.filter((r) => r.type === 'TXT' && r.rrClass === 'IN' && dmarcOf(r)?.version === 'ok');
    if (list.length < 2) return;
    // Identical records are one record in DNS (a set holds each RDATA once).
    const distinct = new Set(list.map((r) => r.value!.text)).size;
    if (distinct < 2) return;
    const uri = context.document.uri;
    for (const r of list) {
      if (r.uri !== uri) continue;
      const dmarc = dmarcOf(r)!;
      const v = dmarc.versionTag!;
      valueReporter(r, r.value!, context).report(
        v.start,
        v.end,
        `\`${owner}\` has ${distinct} DMARC records; receivers that find more than one apply no DMARC policy at all: merge them into one record.`,
      );
    }
  },
});
