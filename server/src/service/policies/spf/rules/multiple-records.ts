/**
 * Rule: spf/multiple-records. Two or more SPF TXT records at one name: receivers return
 * permerror (RFC 7208 §4.5, §3.2). Reported on the version of each; the first record carries a
 * fix that merges the others' terms into it and removes them. An owner rule: it looks at the
 * records of one name.
 */
import type { Fix, OffsetEdit, RecordSite } from '../../../model';
import { defineRule, rfc } from '../../../rules/define-rule';
import { contentKind } from '../../kinds';
import { rewriteValue, valueReporter } from '../../value-edits';
import { deleteRecordLines } from '../../../records/delete-record';
import { shapeOf, spfOf, type Term } from '../parse';

/** One SPF value holding the terms of all records: first record's order, then new terms; one `all`/redirect/exp. */
export function mergeSpf(records: readonly RecordSite[]): string {
  const parsed = records.map((r) => spfOf(r)!);
  const shapes = parsed.map(shapeOf);
  const all = shapes.find((s) => s.all)?.all;
  const redirect = all ? undefined : shapes.find((s) => s.redirects.length > 0)?.redirects[0];
  const exp = shapes.find((s) => s.exps.length > 0)?.exps[0];
  const seen = new Set<string>();
  const out: string[] = ['v=spf1'];
  const add = (t: Term): void => {
    const key = t.text.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    out.push(t.text);
  };
  for (const spf of parsed) {
    for (const t of spf.terms) {
      if (t.type === 'mechanism' && t.name === 'all') continue;
      if (t.type === 'modifier' && t.known) continue;
      add(t);
    }
  }
  if (redirect) out.push(redirect.text);
  if (all) out.push(all.text);
  if (exp) out.push(exp.text);
  return out.join(' ');
}

export const multipleRecords = defineRule({
  code: 'spf/multiple-records',
  severity: 'error',
  scope: 'owner',
  reference: rfc(7208, '4.5'),
  docs: {
    what: 'Two or more SPF (`v=spf1`) TXT records at the same name.',
    why: 'A domain must publish exactly one SPF record; with two, receivers return permerror and SPF fails for every message. Merge them into one record.',
    bad: '$ORIGIN example.com.\n@  TXT  "v=spf1 mx -all"\n@  TXT  "v=spf1 include:_spf.example.net -all"',
    good: '$ORIGIN example.com.\n@  TXT  "v=spf1 mx include:_spf.example.net -all"',
  },
  check(group, context) {
    const document = context.document;
    let txt = 0;
    for (const r of group) if (r.type === 'TXT') txt++;
    if (txt < 2) return;
    const list: RecordSite[] = [];
    for (const r of group) {
      if (r.type !== 'TXT' || r.uri !== document.uri) continue;
      const text = r.value?.text;
      if (text !== undefined && contentKind(text) === 'spf') list.push(r);
    }
    if (list.length < 2) return;
    const owner = list[0]!.owner;
    const first = list[0]!;
    let fix: Fix | undefined;
    const rewrite = rewriteValue(first, mergeSpf(list));
    // Only zone-file records are deleted by the fix (other hosts keep their resources).
    const deletions = list.slice(1).map((r) => deleteRecordLines(document, r));
    if (rewrite && deletions.every((d) => d !== undefined)) {
      fix = { title: `Merge the ${list.length} SPF records into one`, edits: [rewrite, ...(deletions as OffsetEdit[])], isPreferred: true };
    }
    list.forEach((r, k) => {
      valueReporter(r, r.value!, context).report(
        0,
        6,
        `\`${owner.slice(0, -1)}\` has ${list.length} SPF records; receivers return permerror when a name has more than one, so SPF fails for every message. Merge them into one record${k === 0 ? '' : ' (the quick fix is on the first)'}.`,
        k === 0 && fix ? [fix] : undefined,
      );
    });
  },
});
