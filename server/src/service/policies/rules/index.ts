/** Rules about which record is which, across policy kinds. */
import type { Rule } from '../../rules/define-rule';
import { nearMissRule } from './near-miss';
import { wrongOwner } from './wrong-owner';

export const policyRules: readonly Rule[] = [wrongOwner, nearMissRule];
