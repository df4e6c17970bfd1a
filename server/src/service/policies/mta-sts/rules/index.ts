/** The MTA-STS (the _mta-sts TXT record and the policy file) rules (one file per rule). */
import type { Rule } from '../../../rules/define-rule';

export const mtaStsRules: readonly Rule[] = [];
