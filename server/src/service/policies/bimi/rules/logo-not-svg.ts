/**
 * Rule: bimi/logo-not-svg. An `l=` URI that does not end in `.svg` (or `.svgz`): the logo may
 * still be SVG, but receivers and validators expect the suffix.
 */
import { defineRule } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { bimiUris, checkedBimi, logoFormat } from '../parse';
import { bimiDraft } from '../tags';

export const bimiLogoNotSvg = defineRule({
  code: 'bimi/logo-not-svg',
  severity: 'warning',
  scope: 'record',
  types: ['TXT'],
  reference: bimiDraft('4.3.2'),
  docs: {
    what: 'A BIMI `l=` URI whose path does not end in `.svg` or `.svgz` (and not in another image suffix, which `bimi/logo-format` reports).',
    why: 'Logos must be SVG Tiny PS files. A URI without the `.svg` suffix often points at a web page or a redirect, and several receivers and validators reject it.',
    bad: '$ORIGIN example.com.\ndefault._bimi  TXT  "v=BIMI1; l=https://example.com/brand/logo"',
    good: '$ORIGIN example.com.\ndefault._bimi  TXT  "v=BIMI1; l=https://example.com/brand/logo.svg"',
  },
  check(record, context) {
    const b = checkedBimi(record);
    if (!b) return;
    for (const { tag, which, check, single } of bimiUris(b)) {
      if (which !== 'l' || !single || !check.ok || check.scheme !== 'https' || logoFormat(check.path) !== 'other') continue;
      valueReporter(record, record.value!, context).report(
        tag.valueStart,
        tag.valueEnd,
        'This logo URI does not end in `.svg`; BIMI logos are SVG Tiny PS files and receivers expect the URI of the file itself: serve the logo as `<name>.svg` and point `l=` at it.',
      );
    }
  },
});
