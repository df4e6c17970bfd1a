/**
 * Rule: bimi/logo-format. The logo must be SVG (SVG Tiny Portable/Secure); an `l=` URI that
 * ends in another image suffix (`.png`, `.jpg`...) is a permanent error for receivers.
 */
import { defineRule } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { bimiUris, checkedBimi, logoFormat } from '../parse';
import { bimiDraft } from '../tags';

export const bimiLogoFormat = defineRule({
  code: 'bimi/logo-format',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: bimiDraft('4.3.2'),
  docs: {
    what: 'A BIMI `l=` URI that ends in a raster image suffix such as `.png` or `.jpg`.',
    why: 'Only SVG (and gzipped SVGZ) logos are allowed; receivers treat a URI ending in another image format as a permanent error and show no logo.',
    bad: '$ORIGIN example.com.\ndefault._bimi  TXT  "v=BIMI1; l=https://example.com/logo.png"',
    good: '$ORIGIN example.com.\ndefault._bimi  TXT  "v=BIMI1; l=https://example.com/logo.svg"',
  },
  check(record, context) {
    const b = checkedBimi(record);
    if (!b) return;
    for (const { tag, which, check, single } of bimiUris(b)) {
      if (which !== 'l' || !single || !check.ok || check.scheme !== 'https' || logoFormat(check.path) !== 'raster') continue;
      valueReporter(record, record.value!, context).report(
        tag.valueStart,
        tag.valueEnd,
        'BIMI logos must be SVG (the SVG Tiny Portable/Secure profile); receivers treat a URI ending in another image format as a permanent error: convert the logo to SVG Tiny PS and point `l=` at the `.svg` file.',
      );
    }
  },
});
