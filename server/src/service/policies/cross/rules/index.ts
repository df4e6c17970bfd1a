/** The cross-record rules (one file per rule). */
import type { Rule } from '../../../rules/define-rule';

export const crossRules: readonly Rule[] = [];
