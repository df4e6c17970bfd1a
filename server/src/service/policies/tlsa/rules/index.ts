/** The TLSA (DANE) rules (one file per rule). */
import type { Rule } from '../../../rules/define-rule';

export const tlsaRules: readonly Rule[] = [];
