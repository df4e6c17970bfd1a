/** The SPF rules (one file per rule). */
import type { Rule } from '../../../rules/define-rule';
import { duplicateModifier } from './duplicate-modifier';
import { duplicateTerm } from './duplicate-term';
import { expOnlyMacro } from './exp-only-macro';
import { hostBitsSetRule } from './host-bits-set';
import { includeLoop } from './include-loop';
import { invalidAddress } from './invalid-address';
import { invalidCidr } from './invalid-cidr';
import { invalidDomainSpec } from './invalid-domain-spec';
import { invalidMacro } from './invalid-macro';
import { mechanismAsModifier } from './mechanism-as-modifier';
import { missingTarget } from './missing-target';
import { multipleRecords } from './multiple-records';
import { neutralAll } from './neutral-all';
import { noAll } from './no-all';
import { obsoleteRrType } from './obsolete-rr-type';
import { passAll } from './pass-all';
import { ptrMechanism } from './ptr-mechanism';
import { recordTooLong } from './record-too-long';
import { redirectWithAll } from './redirect-with-all';
import { tabSeparator } from './tab-separator';
import { termsAfterAll } from './terms-after-all';
import { tooManyLookups } from './too-many-lookups';
import { unknownMechanism } from './unknown-mechanism';
import { unknownModifier } from './unknown-modifier';

export const spfRules: readonly Rule[] = [
  multipleRecords,
  obsoleteRrType,
  unknownMechanism,
  mechanismAsModifier,
  unknownModifier,
  invalidAddress,
  invalidCidr,
  hostBitsSetRule,
  invalidDomainSpec,
  invalidMacro,
  expOnlyMacro,
  tabSeparator,
  duplicateModifier,
  redirectWithAll,
  termsAfterAll,
  tooManyLookups,
  includeLoop,
  missingTarget,
  ptrMechanism,
  passAll,
  neutralAll,
  noAll,
  duplicateTerm,
  recordTooLong,
];
