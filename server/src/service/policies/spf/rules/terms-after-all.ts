/**
 * Rule: spf/terms-after-all. Mechanisms after `all` are never evaluated (RFC 7208 §5.1: `all`
 * always matches). Reported on the ignored mechanisms; fixes: move `all` to the end (what was
 * most likely meant) or remove the ignored mechanisms (what receivers do now). Modifiers may
 * come anywhere and are not reported.
 */
import type { Fix } from '../../../model';
import { defineRule, rfc } from '../../../rules/define-rule';
import { replaceValues, valueReporter } from '../../value-edits';
import { removalRange } from '../edits';
import { shapeOf, spfOf, type Mechanism } from '../parse';
import { SPF_TYPES } from './problems';

export const termsAfterAll = defineRule({
  code: 'spf/terms-after-all',
  severity: 'warning',
  scope: 'record',
  types: SPF_TYPES,
  reference: rfc(7208, '5.1'),
  docs: {
    what: 'Mechanisms written after the `all` mechanism.',
    why: '`all` matches every sender, so evaluation stops there and the mechanisms after it are ignored: the servers they name are not authorised.',
    bad: '$ORIGIN example.com.\n@  TXT  "v=spf1 mx -all include:_spf.example.net"',
    good: '$ORIGIN example.com.\n@  TXT  "v=spf1 mx include:_spf.example.net -all"',
  },
  check(record, context) {
    const spf = spfOf(record);
    if (!spf) return;
    const all = shapeOf(spf).all;
    if (!all) return;
    const after: Mechanism[] = [];
    let seen = false;
    for (const t of spf.terms) {
      if (t === all) seen = true;
      else if (seen && t.type === 'mechanism') after.push(t);
    }
    if (after.length === 0) return;
    const value = record.value!;
    const text = value.text;
    const first = after[0]!;
    const last = after[after.length - 1]!;
    // Move `all` to the end: remove it and append it after the last term.
    let lastEnd = text.length;
    while (lastEnd > 0 && (text.charCodeAt(lastEnd - 1) === 32 || text.charCodeAt(lastEnd - 1) === 9)) lastEnd--;
    const move: Fix = {
      title: `Move \`${all.text}\` to the end`,
      edits: replaceValues(record, value, [{ ...removalRange(text, all.start, all.end), text: '' }, { start: lastEnd, end: lastEnd, text: ` ${all.text}` }]),
      isPreferred: true,
    };
    const drop: Fix = {
      title: `Remove the ${after.length === 1 ? 'mechanism' : `${after.length} mechanisms`} after \`${all.text}\``,
      edits: replaceValues(record, value, after.map((m) => ({ ...removalRange(text, m.start, m.end), text: '' }))),
    };
    const at = valueReporter(record, value, context);
    at.report(
      first.start,
      last.end,
      `${after.length === 1 ? `\`${first.text}\` comes` : `${after.length} mechanisms come`} after \`${all.text}\`, which matches every sender, so receivers never evaluate ${after.length === 1 ? 'it' : 'them'}: move \`${all.text}\` to the end, or remove ${after.length === 1 ? 'it' : 'them'}.`,
      [move, drop],
    );
  },
});
