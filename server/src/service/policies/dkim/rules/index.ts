/** The DKIM rules (one file per rule). */
import type { Rule } from '../../../rules/define-rule';

export const dkimRules: readonly Rule[] = [];
