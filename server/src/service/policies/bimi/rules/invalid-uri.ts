/**
 * Rule: bimi/invalid-uri. `l=` and `a=` hold one `https:` URI each, with a fully qualified host
 * name, or nothing.
 */
import { defineRule } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { bimiUris, checkedBimi } from '../parse';
import { bimiDraft } from '../tags';

export const bimiInvalidUri = defineRule({
  code: 'bimi/invalid-uri',
  severity: 'error',
  scope: 'record',
  types: ['TXT'],
  reference: bimiDraft('4.3'),
  docs: {
    what: 'A BIMI `l=` or `a=` value that is not a single `https:` URI with a fully qualified host name: a bare host or path, another scheme, an IP address, or a comma-separated list.',
    why: 'Receivers take the value as one HTTPS URI; anything else means the logo or certificate cannot be fetched and no logo is shown.',
    bad: '$ORIGIN example.com.\ndefault._bimi  TXT  "v=BIMI1; l=example.com/logo.svg"',
    good: '$ORIGIN example.com.\ndefault._bimi  TXT  "v=BIMI1; l=https://example.com/logo.svg"',
  },
  check(record, context) {
    const b = checkedBimi(record);
    if (!b) return;
    const at = valueReporter(record, record.value!, context);
    for (const { tag, which, check, single } of bimiUris(b)) {
      const what = which === 'l' ? '`l=` (the logo)' : '`a=` (the evidence certificate)';
      const s = tag.valueStart;
      const e = tag.valueEnd;
      if (!single) {
        at.report(s, e, `${what} holds one URI only; receivers do not split lists at commas: keep a single \`https:\` URI (percent-encode a comma inside it as \`%2C\`).`);
        continue;
      }
      if (check.ok) {
        if (check.scheme !== 'https' && check.scheme !== 'http') at.report(s, e, `${what} must be an \`https:\` URI; receivers ignore \`${check.scheme}:\`: publish the file on an HTTPS server.`);
        continue;
      }
      switch (check.problem) {
        case 'no-scheme': {
          const fixes = /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+\//.test(tag.value) ? [at.replace('Add `https://`', s, s, 'https://')] : [];
          at.report(s, e, `${what} is not a URI (no scheme), so receivers cannot fetch it: write the full \`https://\` URI.`, fixes);
          break;
        }
        case 'bad-char':
          at.report(s, e, `${what} holds characters that are not allowed in a URI (spaces, quotes, \`<>\`...): percent-encode them.`);
          break;
        case 'no-host':
        case 'bad-host':
          at.report(s, e, `${what} must name a fully qualified host (not an IP address or a single label), as in \`https://example.com/logo.svg\`.`);
          break;
        default:
          at.report(s, e, `${what} must be an \`https:\` URI.`);
      }
    }
  },
});
