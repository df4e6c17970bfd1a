/**
 * What the Route 53 "TXT value without DNS quotes" rules of the YAML/JSON hosts share: report the
 * item up to its first interpolation, and offer to rewrite the value quoted when it has none.
 */
import type { RecordSite } from '../../model';
import type { RuleContext } from '../../rules/define-rule';
import type { HostString } from '../iac/host-string';

export function reportUnquotedTxt(record: RecordSite, item: HostString, context: RuleContext, message: string): void {
  const end = item.opaque.length > 0 ? item.opaque[0]!.start : item.value.length;
  if (end === 0) return;
  const value = record.value;
  const edit = value && item.opaque.length === 0 ? record.rewriteValue?.(value.text) : undefined;
  context.report({
    range: item.map.toDocSpan(0, end),
    message,
    ...(edit ? { fixes: [{ title: 'Enclose the value in DNS quotes', edits: [edit], isPreferred: true }] } : {}),
    record,
  });
}
