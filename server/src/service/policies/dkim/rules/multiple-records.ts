/**
 * Rule: dkim/multiple-records. Two or more different DKIM key records at one selector
 * (RFC 6376 §3.6.2.2: the TXT RRs for a selector MUST be unique; with several the results are
 * undefined: verifiers pick one, and signatures fail at random).
 */
import type { RecordSite } from '../../../model';
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { dkimOf } from '../parse';

export const multipleRecords = defineRule({
  code: 'dkim/multiple-records',
  severity: 'error',
  scope: 'document',
  reference: rfc(6376, '3.6.2.2'),
  docs: {
    what: 'More than one distinct DKIM key record (TXT) at the same `<selector>._domainkey` name.',
    why: 'A selector must hold exactly one key record (RFC 6376 §3.6.2.2); with several, verifiers use whichever answer comes first, so signatures pass or fail at random. Rotate keys with a new selector instead.',
    bad: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="\nsel._domainkey  TXT  "v=DKIM1; k=ed25519; p=sPs07Vu29FpHT/80UXUcYHFOHifD4o2ZlP2+XUh9g6E="',
    good: '$ORIGIN example.com.\nsel1._domainkey  TXT  "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="\nsel2._domainkey  TXT  "v=DKIM1; k=ed25519; p=sPs07Vu29FpHT/80UXUcYHFOHifD4o2ZlP2+XUh9g6E="',
  },
  check(document, context) {
    // Group the TXT records at `_domainkey` names by owner alone; values are only joined and
    // parsed where an owner has more than one.
    const byOwner = new Map<string, RecordSite[]>();
    for (const record of context.allRecords) {
      if (record.type !== 'TXT' || !record.owner.includes('_domainkey.')) continue;
      const list = byOwner.get(record.owner);
      if (list) list.push(record);
      else byOwner.set(record.owner, [record]);
    }
    for (const [owner, all] of byOwner) {
      if (all.length < 2) continue;
      const records = all.filter((r) => dkimOf(r) !== undefined);
      if (records.length < 2) continue;
      // Identical records are one RR (zone/duplicate-record reports repeats).
      const distinct = new Set(records.map((r) => r.value!.text));
      if (distinct.size < 2) continue;
      const seen = new Set<string>();
      for (const record of records) {
        const text = record.value!.text;
        const repeat = seen.has(text);
        seen.add(text);
        if (repeat || record.uri !== document.uri || seen.size === 1) continue;
        const value = record.value!;
        valueReporter(record, value, context).report(
          0,
          value.starts[1] ?? value.text.length,
          `\`${owner}\` already has a DKIM key record; with ${distinct.size} different records at one selector verifiers pick one at random and signatures fail intermittently (RFC 6376 §3.6.2.2). Publish each key under its own selector and remove this record or the other.`,
        );
      }
    }
  },
});
