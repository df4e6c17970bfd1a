/**
 * Character-strings over 255 octets in records whose provider does not split them: reported per
 * string, with one fix per record that rewrites the value the provider's way (`rewriteValue`).
 */
import type { RecordSite } from '../../model';
import type { RuleContext } from '../../rules/define-rule';

const MAX_OCTETS = 255;

export function reportLongStrings(record: RecordSite, context: RuleContext, how: string): void {
  const value = record.value;
  if (!value) return;
  let fixed = false;
  for (const cs of value.strings) {
    if (cs.octets <= MAX_OCTETS) continue;
    const edit = !fixed ? record.rewriteValue?.(value.text) : undefined;
    fixed = true;
    context.report({
      range: cs.range,
      message: `This TXT string is ${cs.octets} octets long; a string holds at most ${MAX_OCTETS}. ${how}`,
      ...(edit ? { fixes: [{ title: `Split into quoted strings of at most ${MAX_OCTETS} octets`, edits: [edit], isPreferred: true }] } : {}),
      record,
    });
  }
}
