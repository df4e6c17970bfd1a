/** Hover and completion inside BIMI records, from the BIMI tags table. */
import type { PolicyFeatures } from '../features';
import { checkUri } from '../cross/tag-records';
import { tagFeatures } from '../cross/tag-features';
import { logoFormat } from './parse';
import { BIMI_TAGS, BIMI_VERSION } from './tags';

export const bimiFeatures: PolicyFeatures = tagFeatures({
  label: 'BIMI',
  version: BIMI_VERSION,
  tags: BIMI_TAGS,
  summary:
    'A BIMI Assertion Record at `<selector>._bimi.<domain>` (selector `default` unless the message names another): where receivers find the brand logo (`l=`) and the mark certificate that vouches for it (`a=`). Logos are shown only for mail that passes DMARC under `p=quarantine` or `p=reject`.',
  valueFacts(tag, value) {
    if (tag !== 'l' && tag !== 'a') return undefined;
    const check = checkUri(value);
    if (!check.ok || check.scheme !== 'https') return undefined;
    if (tag === 'a') return `Mark certificate (VMC or CMC, PEM) served by \`${check.host}\`.`;
    const format = logoFormat(check.path);
    return format === 'svg' ? `SVG logo served by \`${check.host}\`; it must follow the SVG Tiny PS profile.` : `Logo served by \`${check.host}\`; BIMI logos must be SVG Tiny PS files.`;
  },
});
