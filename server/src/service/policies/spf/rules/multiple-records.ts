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

/**
 * The record after `record` in `records` (document order, offsets increasing for zone files),
 * found by its offset rather than by a scan of the document.
 */
function nextRecord(records: readonly RecordSite[], record: RecordSite): RecordSite | undefined {
  const start = record.range.start;
  let lo = 0;
  let hi = records.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (records[mid]!.range.start < start) lo = mid + 1;
    else hi = mid;
  }
  const at = records[lo] === record ? lo : records.indexOf(record);
  return at < 0 ? undefined : records[at + 1];
}

/** An edit that deletes a record's whole line, or undefined when that is not safe. */
function deleteLine(text: string, record: RecordSite, next: RecordSite | undefined): OffsetEdit | undefined {
  if (record.host !== 'zone-file') return undefined;
  // A following record with a blank owner would take this record's owner away with it.
  if (record.ownerText !== undefined && next && next.ownerText === undefined && next.uri === record.uri) return undefined;
  let start = record.range.start;
  while (start > 0 && text.charCodeAt(start - 1) !== 10) start--;
  if (text.slice(start, record.range.start).trim().length > 0) return undefined;
  let end = text.indexOf('\n', record.range.end);
  end = end < 0 ? text.length : end + 1;
  const span = text.slice(start, end);
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < span.length; i++) {
    const ch = span[i];
    if (ch === '\\') i++;
    else if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ';') break;
    else if (!quoted && ch === '(') depth++;
    else if (!quoted && ch === ')') depth--;
  }
  if (depth !== 0) return undefined;
  return { range: { start, end }, newText: '' };
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
    // Only zone-file lines are deleted (`deleteLine`); only they need the record that follows.
    const deletions = list.slice(1).map((r) => deleteLine(document.text, r, r.host === 'zone-file' ? nextRecord(document.records, r) : undefined));
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
