/**
 * Rule: bimi/version. A BIMI record must begin with exactly `v=BIMI1`: receivers discard
 * records that do not, and do not correct case or spacing.
 */
import { defineRule } from '../../../rules/define-rule';
import { reportRange, reportVersion } from '../../cross/tag-records';
import { rewriteValue, valueReporter } from '../../value-edits';
import { bimiRecord } from '../parse';
import { bimiDraft } from '../tags';

export const bimiVersion = defineRule({
  code: 'bimi/version',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: bimiDraft('4.3'),
  docs: {
    what: 'A TXT record at a BIMI name (`<selector>._bimi.<domain>`) or announcing BIMI that does not begin with exactly `v=BIMI1`.',
    why: 'Receivers discard every record at the BIMI name that does not start with the exact version tag, and must not repair case or spacing; the domain then shows no logo.',
    bad: '$ORIGIN example.com.\ndefault._bimi  TXT  "l=https://example.com/logo.svg; v=BIMI1"',
    good: '$ORIGIN example.com.\ndefault._bimi  TXT  "v=BIMI1; l=https://example.com/logo.svg; a=https://example.com/vmc.pem"',
  },
  check(record, context) {
    const b = bimiRecord(record);
    if (!b || b.nearMiss || !b.version) return;
    const p = b.version;
    if (p.kind === 'missing') {
      const at = valueReporter(record, record.value!, context);
      // Only a record that is clearly BIMI without its version gets the insertion as a fix.
      const fixes = b.list.tags.some((t) => t.name === 'l' || t.name === 'a') ? [at.replace('Add `v=BIMI1;` at the start', 0, 0, 'v=BIMI1; ')] : [];
      const message =
        b.text.trim() === ''
          ? 'This TXT record at a BIMI name is empty, so receivers find no BIMI record: write `v=BIMI1; l=<logo URI>; a=<VMC URI>`, or `v=BIMI1; l=; a=;` to decline.'
          : 'This TXT record at a BIMI name does not begin with `v=BIMI1`, so receivers discard it: start the record with `v=BIMI1;`.';
      context.report({ range: reportRange(record, p.start, p.end), message, record, ...(fixes.length ? { fixes } : {}) });
      return;
    }
    const message =
      p.kind === 'unseparated'
        ? `\`v=BIMI1\` is not followed by \`;\`, so the version reads \`${p.written}\` and receivers discard the record: put \`;\` after \`v=BIMI1\`.`
        : p.kind === 'not-first'
        ? `\`${p.written}\` must be the first tag: receivers discard BIMI records that do not start with \`v=BIMI1\`. Move it to the front.`
        : p.replacement !== undefined
          ? `\`${p.written}\` is not written exactly as \`v=BIMI1\`, and receivers must not correct it, so they discard the record: write \`v=BIMI1\`.`
          : `\`${p.written}\` is not a BIMI version receivers know, so they discard the record: the only version is \`v=BIMI1\`.`;
    reportVersion(record, context, p, message, 'BIMI1', () => (p.rewrite !== undefined ? rewriteValue(record, p.rewrite) : undefined));
  },
});
