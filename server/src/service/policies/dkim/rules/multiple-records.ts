/**
 * Rule: dkim/multiple-records. Two or more different DKIM key records at one selector
 * (RFC 6376 §3.6.2.2: the TXT RRs for a selector MUST be unique; with several the results are
 * undefined: verifiers pick one, and signatures fail at random). An owner rule: it looks at the
 * records of one name.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { dkimOf } from '../parse';

export const multipleRecords = defineRule({
  code: 'dkim/multiple-records',
  severity: 'error',
  scope: 'owner',
  reference: rfc(6376, '3.6.2.2'),
  docs: {
    what: 'More than one distinct DKIM key record (TXT) at the same `<selector>._domainkey` name.',
    why: 'A selector must hold exactly one key record (RFC 6376 §3.6.2.2); with several, verifiers use whichever answer comes first, so signatures pass or fail at random. Rotate keys with a new selector instead.',
    bad: '$ORIGIN example.com.\nsel._domainkey  TXT  "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="\nsel._domainkey  TXT  "v=DKIM1; k=ed25519; p=sPs07Vu29FpHT/80UXUcYHFOHifD4o2ZlP2+XUh9g6E="',
    good: '$ORIGIN example.com.\nsel1._domainkey  TXT  "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="\nsel2._domainkey  TXT  "v=DKIM1; k=ed25519; p=sPs07Vu29FpHT/80UXUcYHFOHifD4o2ZlP2+XUh9g6E="',
  },
  check(group, context) {
    const owner = group[0]!.owner;
    if (!owner.includes('_domainkey.')) return;
    // The TXT records of the name (this document's and its includes'); values are only parsed
    // where there are two or more.
    let txt = 0;
    for (const r of group) if (r.type === 'TXT') txt++;
    if (txt < 2) return;
    const records = group.filter((r) => r.type === 'TXT' && dkimOf(r) !== undefined);
    if (records.length < 2) return;
    // Identical records are one RR (zone/duplicate-record reports repeats).
    const distinct = new Set(records.map((r) => r.value!.text));
    if (distinct.size < 2) return;
    const uri = context.document.uri;
    const seen = new Set<string>();
    for (const record of records) {
      const text = record.value!.text;
      const repeat = seen.has(text);
      seen.add(text);
      if (repeat || record.uri !== uri || seen.size === 1) continue;
      const value = record.value!;
      valueReporter(record, value, context).report(
        0,
        value.starts[1] ?? value.text.length,
        `\`${owner}\` already has a DKIM key record; with ${distinct.size} different records at one selector verifiers pick one at random and signatures fail intermittently (RFC 6376 §3.6.2.2). Publish each key under its own selector and remove this record or the other.`,
      );
    }
  },
});
