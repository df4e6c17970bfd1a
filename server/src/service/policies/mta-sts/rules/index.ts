/** The MTA-STS (the _mta-sts TXT record and the policy file) rules (one file per rule). */
import type { Rule } from '../../../rules/define-rule';
import { mtaStsPolicyFileRules } from '../policy-file/rules';
import { mtaStsTxtVersion } from './txt-version';
import { mtaStsTxtId } from './txt-id';
import { mtaStsTxtPolicyKey } from './txt-policy-key';
import { mtaStsTxtMultipleRecords } from './txt-multiple-records';
import { mtaStsTxtMalformedField } from './txt-malformed-field';

export const mtaStsRules: readonly Rule[] = [
  mtaStsTxtVersion,
  mtaStsTxtId,
  mtaStsTxtPolicyKey,
  mtaStsTxtMultipleRecords,
  mtaStsTxtMalformedField,
  ...mtaStsPolicyFileRules,
];
