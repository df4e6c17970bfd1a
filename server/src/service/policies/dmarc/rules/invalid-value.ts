/**
 * Rule: dmarc/invalid-value. `adkim`, `aspf`, `fo`, `psd` or `t` with a value the tag does not
 * allow (RFC 9989 §4.7): receivers ignore it and use the default.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { dmarcTag } from '../tags';
import { dmarcInput, valueRange } from '../support';

const WORDS: Readonly<Record<string, string>> = {
  strict: 's',
  relaxed: 'r',
  relax: 'r',
  yes: 'y',
  true: 'y',
  no: 'n',
  false: 'n',
  unknown: 'u',
};

export const invalidValue = defineRule({
  code: 'dmarc/invalid-value',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(9989, '4.7'),
  docs: {
    what: 'An `adkim`, `aspf`, `fo`, `psd` or `t` value that the tag does not allow.',
    why: 'Receivers ignore an invalid value and use the default (`r`, `0`, `u`, `n`), so the record does not say what was meant: `adkim=strict` gives relaxed alignment.',
    bad: '_dmarc  TXT  "v=DMARC1; p=reject; adkim=strict"',
    good: '_dmarc  TXT  "v=DMARC1; p=reject; adkim=s"',
  },
  check(record, context) {
    const d = dmarcInput(record, context);
    if (!d) return;
    const text = d.dmarc.text;
    for (const name of ['adkim', 'aspf', 'psd', 't', 'fo']) {
      const tag = d.dmarc.byName.get(name);
      const info = dmarcTag(name)!;
      if (!tag) continue;
      const allowed = info.values!.map((v) => v.value);
      const list = allowed.map((v) => `\`${v}\``).join(', ');
      if (!info.colonList) {
        const v = tag.value.toLowerCase();
        if (allowed.includes(v)) continue;
        const suggestion = WORDS[v] !== undefined && allowed.includes(WORDS[v]!) ? WORDS[v] : undefined;
        const r = valueRange(tag);
        d.at.report(
          r.start,
          r.end,
          `${tag.value === '' ? `\`${name}=\` is empty` : `\`${tag.value}\` is not a valid \`${name}\` value`}; receivers ignore it and use the default \`${info.default}\`: use one of ${list}.`,
          suggestion ? [d.at.replace(`Change to \`${name}=${suggestion}\``, tag.valueStart, tag.valueEnd, suggestion)] : [],
        );
        continue;
      }
      // fo: a colon-separated list.
      if (tag.valueEnd === tag.valueStart) {
        d.at.report(tag.start, tag.end, `\`fo=\` is empty; receivers ignore it and use the default \`0\`: use ${list}, separated by \`:\`.`);
        continue;
      }
      let i = tag.valueStart;
      for (;;) {
        let colon = text.indexOf(':', i);
        if (colon < 0 || colon >= tag.valueEnd) colon = -1;
        const stop = colon < 0 ? tag.valueEnd : colon;
        let a = i;
        while (a < stop && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9)) a++;
        let b = stop;
        while (b > a && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9)) b--;
        const item = text.slice(a, b);
        if (!allowed.includes(item.toLowerCase())) {
          const at = a === b ? { start: colon >= 0 ? colon : i - 1, end: (colon >= 0 ? colon : i - 1) + 1 } : { start: a, end: b };
          d.at.report(
            at.start,
            at.end,
            item === '' ? 'An `fo` option is missing around this `:`; receivers ignore the invalid `fo` and use the default `0`: remove the extra `:`.' : `\`${item}\` is not an \`fo\` option; receivers ignore the invalid \`fo\` and use the default \`0\`: use ${list}, separated by \`:\`.`,
          );
        }
        if (colon < 0) break;
        i = colon + 1;
      }
    }
  },
});
