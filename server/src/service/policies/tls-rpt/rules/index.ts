/** The TLS-RPT rules (one file per rule). */
import type { Rule } from '../../../rules/define-rule';

export const tlsRptRules: readonly Rule[] = [];
