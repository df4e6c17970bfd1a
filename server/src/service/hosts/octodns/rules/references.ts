/** The octoDNS documentation the octoDNS rules cite. */
import type { RuleReference } from '../../../rules/define-rule';

export const SEMICOLONS_IN_TXT: RuleReference = {
  cite: 'octoDNS: Semicolons in TXT and SPF values',
  href: 'https://github.com/octodns/octodns/blob/main/docs/records.rst#semicolons-in-txt-and-spf-values',
};
