/**
 * Rule: spf/mechanism-as-modifier. A mechanism written with `=` (`include=_spf.example.net`,
 * `ip4=192.0.2.1`) parses as an unknown modifier, which receivers ignore (RFC 7208 §6): the
 * servers it meant to authorise are not authorised. Fix: `=` → `:`.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { spfOf } from '../parse';
import { SPF_TYPES } from './problems';

export const mechanismAsModifier = defineRule({
  code: 'spf/mechanism-as-modifier',
  severity: 'warning',
  scope: 'record',
  types: SPF_TYPES,
  reference: rfc(7208, '6'),
  docs: {
    what: 'A mechanism written with `=` instead of `:` (`include=_spf.example.net`).',
    why: 'With `=` the term is an unknown modifier, and receivers ignore unknown modifiers: the include or address is silently not part of the policy, and mail from those servers fails SPF.',
    bad: '$ORIGIN example.com.\n@  TXT  "v=spf1 include=_spf.example.net -all"',
    good: '$ORIGIN example.com.\n@  TXT  "v=spf1 include:_spf.example.net -all"',
  },
  check(record, context) {
    const spf = spfOf(record);
    if (!spf) return;
    let at: ReturnType<typeof valueReporter> | undefined;
    for (const t of spf.terms) {
      if (t.type !== 'modifier' || !t.asMechanism) continue;
      at ??= valueReporter(record, record.value!, context);
      const name = t.text.slice(0, t.nameEnd - t.start);
      at.report(
        t.start,
        t.end,
        `\`${t.text}\` is an unknown modifier, which receivers ignore, not the \`${t.asMechanism}\` mechanism: write \`${name}:\` instead of \`${name}=\`.`,
        [at.replace(`Change to \`${name}:${t.value.text}\``, t.nameEnd, t.nameEnd + 1, ':')],
      );
    }
  },
});
