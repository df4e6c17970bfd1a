/**
 * Rule: bimi/insecure-uri. The logo (`l=`) and the evidence (`a=`) must be fetched over HTTPS;
 * an `http:` URI is not used.
 */
import { defineRule } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { bimiUris, checkedBimi } from '../parse';
import { bimiDraft } from '../tags';

export const bimiInsecureUri = defineRule({
  code: 'bimi/insecure-uri',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: bimiDraft('7.3'),
  docs: {
    what: 'A BIMI `l=` or `a=` URI with the `http:` scheme.',
    why: 'The draft allows HTTPS only: receivers do not fetch an `http:` logo or certificate, so no logo is shown.',
    bad: '$ORIGIN example.com.\ndefault._bimi  TXT  "v=BIMI1; l=http://example.com/logo.svg"',
    good: '$ORIGIN example.com.\ndefault._bimi  TXT  "v=BIMI1; l=https://example.com/logo.svg"',
  },
  check(record, context) {
    const b = checkedBimi(record);
    if (!b) return;
    const at = valueReporter(record, record.value!, context);
    for (const { tag, which, check, single } of bimiUris(b)) {
      if (!single || !check.ok || check.scheme !== 'http') continue;
      const what = which === 'l' ? 'the logo' : 'the evidence certificate';
      at.report(tag.valueStart, tag.valueEnd, `Receivers fetch ${what} over HTTPS only and ignore this \`http:\` URI: serve it over HTTPS and write \`https:\`.`, [
        at.replace('Change to `https:`', tag.valueStart, tag.valueStart + 4, 'https'),
      ]);
    }
  },
});
