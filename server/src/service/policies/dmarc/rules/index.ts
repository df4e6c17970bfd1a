/** The DMARC rules (one file per rule). */
import type { Rule } from '../../../rules/define-rule';

export const dmarcRules: readonly Rule[] = [];
