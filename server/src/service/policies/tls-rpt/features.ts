/** Hover and completion inside TLS-RPT records (`_smtp._tls.<domain>`), from the fields table. */
import type { PolicyFeatures } from '../features';
import { checkUri, commaItems } from '../cross/tag-records';
import { tagFeatures } from '../cross/tag-features';
import { parseTagList } from '../tag-list';
import { TLS_RPT_TAGS, TLSRPT_VERSION } from './tags';

export const tlsRptFeatures: PolicyFeatures = tagFeatures({
  label: 'TLS-RPT',
  version: TLSRPT_VERSION,
  tags: TLS_RPT_TAGS,
  summary:
    'The TLS-RPT record at `_smtp._tls.<domain>` asks sending MTAs for daily reports on TLS connections to the domain\'s MX hosts, including MTA-STS and DANE failures.',
  valueFacts(tag, value) {
    if (tag !== 'rua') return undefined;
    const rua = parseTagList(`rua=${value}`).tags[0];
    if (!rua) return undefined;
    const lines = commaItems(rua).map((item) => {
      const check = checkUri(item.text);
      if (!check.ok) return `- \`${item.text}\`: not a valid destination`;
      return check.scheme === 'mailto' ? `- \`${item.text}\`: reports by mail` : check.scheme === 'https' ? `- \`${item.text}\`: reports POSTed over HTTPS` : `- \`${item.text}\`: \`${check.scheme}:\` is not supported`;
    });
    return `Report destinations:\n${lines.join('\n')}`;
  },
});
