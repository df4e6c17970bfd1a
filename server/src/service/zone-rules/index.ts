/** The zone-file rules that look at records (one file per rule). */
import type { Rule } from '../rules/define-rule';

export const zoneRules: readonly Rule[] = [];
