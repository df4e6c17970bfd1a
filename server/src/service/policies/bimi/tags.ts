/**
 * The tags of a BIMI Assertion Record (draft-brand-indicators-for-message-identification §4.3):
 * one table for hover, completion and the rules' messages.
 */
import type { RuleReference } from '../../rules/define-rule';
import type { TagInfo } from '../cross/tag-records';

const DRAFT = 'draft-brand-indicators-for-message-identification';

/** A link to a section of the BIMI draft. */
export function bimiDraft(section: string): RuleReference {
  return { cite: `${DRAFT} §${section}`, href: `https://datatracker.ietf.org/doc/html/${DRAFT}#section-${section}` };
}

const S43 = bimiDraft('4.3');
const S45 = bimiDraft('4.5');

export const BIMI_VERSION = 'BIMI1';

export const BIMI_TAGS: readonly TagInfo[] = [
  {
    name: 'v',
    title: 'Version',
    required: true,
    description: 'Must be exactly `v=BIMI1` and the first tag; receivers discard records that do not start with it.',
    values: [{ value: 'BIMI1', description: 'BIMI version 1.' }],
    cite: S43.cite,
    href: S43.href,
  },
  {
    name: 'l',
    title: 'Location of the logo',
    required: true,
    description:
      'One `https:` URI of the brand logo, an SVG in the SVG Tiny Portable/Secure profile (`.svg` or `.svgz`). Empty (`l=`) together with an empty `a=` declines to publish a logo.',
    valueSnippet: 'https://${1:example.com}/${2:logo}.svg',
    cite: S43.cite,
    href: S43.href,
  },
  {
    name: 'a',
    title: 'Authority evidence location',
    description:
      'One `https:` URI of a PEM file holding the Verified Mark Certificate (VMC) or Common Mark Certificate (CMC) for the logo. Optional in the draft, but the large mailbox providers show logos only with one. Empty or absent: no evidence.',
    valueSnippet: 'https://${1:example.com}/${2:vmc}.pem',
    cite: S43.cite,
    href: S43.href,
  },
  {
    name: 'avp',
    title: 'Avatar preference',
    description: 'Whether receivers that also show personal avatars should prefer the brand logo or the sender\'s avatar (default `brand`). Lower case.',
    values: [
      { value: 'brand', description: 'Show the BIMI logo even when the sender has a personal avatar (the default).' },
      { value: 'personal', description: 'Show the sender\'s personal avatar when there is one; the logo otherwise.' },
    ],
    cite: S43.cite,
    href: S43.href,
  },
  {
    name: 'lps',
    title: 'Local-part selectors',
    description:
      'Use the sender\'s local part (normalised) as a selector: receivers look up `<local-part>._bimi.<domain>` first. The value is a comma-separated list of prefixes (letters, digits and `-`, up to 63 each) the local part must start with; empty means any local part.',
    valueSnippet: '${1:brand-}',
    cite: S45.cite,
    href: S45.href,
  },
];

export const BIMI_TAG_NAMES: ReadonlySet<string> = new Set(BIMI_TAGS.map((t) => t.name));
