/** The rules of the MTA-STS policy file (`mta-sts.txt`), in the order they are documented. */
import type { Rule } from '../../../rules/define-rule';
import { mtaStsPolicyParserRules } from '../../../hosts/mta-sts-policy/parser-rules';
import { policyMissingVersion } from '../rules/policy-missing-version';
import { policyVersion } from '../rules/policy-version';
import { policyMissingMode } from '../rules/policy-missing-mode';
import { policyMode } from '../rules/policy-mode';
import { policyMissingMx } from '../rules/policy-missing-mx';
import { policyMxPattern } from '../rules/policy-mx-pattern';
import { policyMissingMaxAge } from '../rules/policy-missing-max-age';
import { policyMaxAge } from '../rules/policy-max-age';
import { policyShortMaxAge } from '../rules/policy-short-max-age';
import { policyDuplicateKey } from '../rules/policy-duplicate-key';
import { policyUnknownKey } from '../rules/policy-unknown-key';
import { policyMxUnmatched } from '../rules/policy-mx-unmatched';
import { policyMxUnmatchedTesting } from '../rules/policy-mx-unmatched-testing';

export const mtaStsPolicyFileRules: readonly Rule[] = [
  ...mtaStsPolicyParserRules,
  policyMissingVersion,
  policyVersion,
  policyMissingMode,
  policyMode,
  policyMissingMx,
  policyMxPattern,
  policyMissingMaxAge,
  policyMaxAge,
  policyShortMaxAge,
  policyDuplicateKey,
  policyUnknownKey,
  policyMxUnmatched,
  policyMxUnmatchedTesting,
];
