/**
 * Rule: zone/duplicate-record. An RRset is a set (RFC 2181 §5): a record identical to an earlier
 * one (same owner, class, type and RDATA after normalisation) is served once. Offers to delete
 * the repeat when it stands alone on its line and deleting it cannot change another record.
 * An owner rule: it compares the records of one name (the fix is `records/delete-record.ts`).
 */
import { defineRule, rfc } from '../rules/define-rule';
import type { Fix, RecordSite } from '../model';
import { deleteRecordLines } from '../records/delete-record';
import { absoluteName } from '../records/names';
import { isRestKind, rdataSpec } from '../records/rdata-fields';

/** A key that is equal for records a receiver cannot tell apart. */
export function rdataKey(record: RecordSite): string {
  if (record.generic) return record.rdata.map((t) => t.raw.toLowerCase()).join(' ');
  const spec = rdataSpec(record.type);
  if (!spec) return record.rdata.map((t) => (t.quoted ? `"${t.cs.value}"` : t.raw)).join(' ');
  const parts: string[] = [];
  for (let i = 0; i < record.rdata.length; i++) {
    const token = record.rdata[i]!;
    const field = spec.fields[Math.min(i, spec.fields.length - 1)];
    const kind = field?.kind;
    if (kind && isRestKind(kind) && i >= spec.fields.length - 1) {
      const rest = record.rdata.slice(i);
      if (kind === 'char-strings') parts.push(rest.map((t) => JSON.stringify(t.cs.value)).join(' '));
      else if (kind === 'hex') parts.push(rest.map((t) => t.raw).join('').toLowerCase());
      else if (kind === 'base64') parts.push(rest.map((t) => t.raw).join(''));
      else parts.push(rest.map((t) => t.raw).join(' '));
      break;
    }
    if (kind === 'name' || kind === 'mailbox') parts.push(absoluteName(token.raw, record.origin));
    else if (kind === 'char-string') parts.push(JSON.stringify(token.cs.value));
    else if (kind === 'ipv6') parts.push(token.raw.toLowerCase());
    else parts.push(token.raw);
  }
  return parts.join(' ');
}

/** Groups up to this size are compared pairwise; larger ones count their RRsets first. */
const SMALL_GROUP = 16;

function countRRsets(group: readonly RecordSite[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const r of group) sizes.set(`${r.rrClass} ${r.type}`, (sizes.get(`${r.rrClass} ${r.type}`) ?? 0) + 1);
  return sizes;
}

/** True when another record of the group has the same class and type as `group[i]`. */
function sharesRRset(group: readonly RecordSite[], i: number, sizes: Map<string, number> | undefined): boolean {
  const record = group[i]!;
  if (sizes) return (sizes.get(`${record.rrClass} ${record.type}`) ?? 0) > 1;
  for (let j = 0; j < group.length; j++) {
    if (j !== i && group[j]!.type === record.type && group[j]!.rrClass === record.rrClass) return true;
  }
  return false;
}

export const duplicateRecord = defineRule({
  code: 'zone/duplicate-record',
  severity: 'warning',
  scope: 'owner',
  reference: rfc(2181, '5'),
  docs: {
    what: 'A record that is identical to an earlier one (same name, class, type and data).',
    why:
      'An RRset is a set: name servers keep one copy and drop the repeat. The repeat usually means an edit went wrong, for example a record that was meant to change but was copied instead.',
    bad: '$ORIGIN example.com.\nwww  A  192.0.2.10\nwww  A  192.0.2.10',
    good: '$ORIGIN example.com.\nwww  A  192.0.2.10\nwww  A  192.0.2.11',
  },
  check(group, context) {
    const document = context.document;
    const seen = new Set<string>();
    const rrsetSizes = group.length > SMALL_GROUP ? countRRsets(group) : undefined;
    for (let i = 0; i < group.length; i++) {
      const record = group[i]!;
      // Only a record whose class and type repeat in the group can be a duplicate.
      if (!sharesRRset(group, i, rrsetSizes)) continue;
      const key = `${record.rrClass}\u0000${record.type}\u0000${rdataKey(record)}`;
      if (!seen.has(key)) {
        seen.add(key);
        continue;
      }
      if (record.uri !== document.uri) continue;
      const multiLine = document.text.slice(record.range.start, record.range.end).includes('\n');
      const deletion = deleteRecordLines(document, record);
      const fix: Fix | undefined = deletion ? { title: 'Delete the duplicate record', edits: [deletion], isPreferred: true } : undefined;
      context.report({
        range: multiLine ? record.typeRange : record.range,
        message: `This ${record.type} record repeats an identical ${record.type} record at \`${record.owner}\`; name servers serve it once. Delete the duplicate, or change its data if a different record was meant.`,
        ...(fix ? { fixes: [fix] } : {}),
        record,
      });
    }
  },
});
