/** The BIMI rules (one file per rule). */
import type { Rule } from '../../../rules/define-rule';
import { bimiAvatarPreference } from './avatar-preference';
import { bimiDmarcNotEnforced } from './dmarc-not-enforced';
import { bimiInsecureUri } from './insecure-uri';
import { bimiInvalidUri } from './invalid-uri';
import { bimiLocalPartSelectors } from './local-part-selectors';
import { bimiLogoFormat } from './logo-format';
import { bimiLogoNotSvg } from './logo-not-svg';
import { bimiMalformedTag } from './malformed-tag';
import { bimiMissingLocation } from './missing-location';
import { bimiMultipleRecords } from './multiple-records';
import { bimiNoEvidence } from './no-evidence';
import { bimiUnknownTag } from './unknown-tag';
import { bimiVersion } from './version';

export const bimiRules: readonly Rule[] = [
  bimiVersion,
  bimiMalformedTag,
  bimiMissingLocation,
  bimiInsecureUri,
  bimiInvalidUri,
  bimiLogoFormat,
  bimiLogoNotSvg,
  bimiNoEvidence,
  bimiAvatarPreference,
  bimiLocalPartSelectors,
  bimiUnknownTag,
  bimiMultipleRecords,
  bimiDmarcNotEnforced,
];
