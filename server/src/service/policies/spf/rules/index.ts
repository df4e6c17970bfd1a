/** The SPF rules (one file per rule). */
import type { Rule } from '../../../rules/define-rule';

export const spfRules: readonly Rule[] = [];
