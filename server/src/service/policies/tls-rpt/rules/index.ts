/** The TLS-RPT rules (one file per rule). */
import type { Rule } from '../../../rules/define-rule';
import { tlsRptInvalidRua } from './invalid-rua';
import { tlsRptMalformedField } from './malformed-field';
import { tlsRptMissingRua } from './missing-rua';
import { tlsRptMultipleRecords } from './multiple-records';
import { tlsRptVersion } from './version';

export const tlsRptRules: readonly Rule[] = [tlsRptVersion, tlsRptMissingRua, tlsRptInvalidRua, tlsRptMultipleRecords, tlsRptMalformedField];
