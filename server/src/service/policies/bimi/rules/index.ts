/** The BIMI rules (one file per rule). */
import type { Rule } from '../../../rules/define-rule';

export const bimiRules: readonly Rule[] = [];
