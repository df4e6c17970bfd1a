/**
 * Rule: dmarc/multiple-records. More than one DMARC record at a `_dmarc` name: receivers discard
 * the whole set and apply no DMARC policy, and do not fall back to the organisational domain
 * (RFC 9989 §4.10, RFC 7489 §6.6.3).
 */
import type { RecordSite } from '../../../model';
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { dmarcOf } from '../parse';

export const multipleRecords = defineRule({
  code: 'dmarc/multiple-records',
  severity: 'error',
  scope: 'document',
  reference: rfc(9989, '4.10'),
  docs: {
    what: 'Two or more different DMARC records (`v=DMARC1`) at the same `_dmarc` name.',
    why: 'Receivers that find more than one DMARC record discard them all: the domain has no DMARC policy, and it does not inherit the organisational domain\'s either.',
    bad: '_dmarc  TXT  "v=DMARC1; p=reject"\n_dmarc  TXT  "v=DMARC1; p=none"',
    good: '_dmarc  TXT  "v=DMARC1; p=reject"',
  },
  check(document, context) {
    // Group the TXT records of every `_dmarc` owner (this document and its includes) by owner and
    // class alone; values are only joined and parsed where an owner has more than one.
    let groups: Map<string, RecordSite[]> | undefined;
    for (const r of context.allRecords) {
      if (r.type !== 'TXT' || r.rrClass !== 'IN' || !r.owner.startsWith('_dmarc.')) continue;
      groups ??= new Map();
      const list = groups.get(r.owner);
      if (list) list.push(r);
      else groups.set(r.owner, [r]);
    }
    if (!groups) return;
    for (const [owner, all] of groups) {
      if (all.length < 2) continue;
      const list = all.filter((r) => dmarcOf(r)?.version === 'ok');
      if (list.length < 2) continue;
      // Identical records are one record in DNS (a set holds each RDATA once).
      const distinct = new Set(list.map((r) => r.value!.text)).size;
      if (distinct < 2) continue;
      for (const r of list) {
        if (r.uri !== document.uri) continue;
        const dmarc = dmarcOf(r)!;
        const v = dmarc.versionTag!;
        valueReporter(r, r.value!, context).report(
          v.start,
          v.end,
          `\`${owner}\` has ${distinct} DMARC records; receivers that find more than one apply no DMARC policy at all: merge them into one record.`,
        );
      }
    }
  },
});
