/**
 * Rule: spf/unknown-modifier. A modifier other than `redirect` and `exp` (and not a mechanism
 * written with `=`, see spf/mechanism-as-modifier): receivers ignore it (RFC 7208 §6), so it
 * does nothing; often a misspelt `redirect=` or a verification token in the wrong record.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { spfOf } from '../parse';
import { SPF_TYPES } from './problems';
import { editDistance } from '../../../text/edit-distance';

/** Edit distance at most 2. */
function near(name: string, target: string): boolean {
  return editDistance(name, target, 2) <= 2;
}

export const unknownModifier = defineRule({
  code: 'spf/unknown-modifier',
  severity: 'information',
  scope: 'record',
  types: SPF_TYPES,
  reference: rfc(7208, '6'),
  docs: {
    what: 'A modifier other than `redirect=` and `exp=` in an SPF record.',
    why: 'Receivers ignore unknown modifiers. A misspelt `redirect=` silently drops the policy it meant to use; a verification token (`google-site-verification=...`) belongs in a TXT record of its own.',
    bad: '$ORIGIN example.com.\n@  TXT  "v=spf1 mx redirct=_spf.example.com"',
    good: '$ORIGIN example.com.\n@  TXT  "v=spf1 mx redirect=_spf.example.com"',
  },
  check(record, context) {
    const spf = spfOf(record);
    if (!spf) return;
    let at: ReturnType<typeof valueReporter> | undefined;
    for (const t of spf.terms) {
      if (t.type !== 'modifier' || t.known || t.asMechanism) continue;
      at ??= valueReporter(record, record.value!, context);
      const meant = near(t.name, 'redirect') ? 'redirect' : near(t.name, 'exp') && t.name.length >= 3 ? 'exp' : undefined;
      const message = meant
        ? `\`${t.text.slice(0, t.nameEnd - t.start)}=\` is not a modifier receivers know, so they ignore it: did you mean \`${meant}=\`?`
        : t.name === 'v'
          ? `\`${t.text}\` is a second version tag, which receivers ignore as an unknown modifier: remove it.`
          : `\`${t.text.slice(0, t.nameEnd - t.start)}=\` is an unknown modifier, which receivers ignore: remove it (a verification token belongs in a TXT record of its own).`;
      at.report(t.start, t.end, message);
    }
  },
});
