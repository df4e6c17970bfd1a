/** The DKIM key record rules (one file per rule). */
import type { Rule } from '../../../rules/define-rule';
import { badVersion } from './bad-version';
import { duplicateTag } from './duplicate-tag';
import { ed25519Spki } from './ed25519-spki';
import { keyNotBase64 } from './key-not-base64';
import { keyTypeMismatch } from './key-type-mismatch';
import { largeKey } from './large-key';
import { malformedKey } from './malformed-key';
import { missingKey } from './missing-key';
import { multipleRecords } from './multiple-records';
import { notForEmail } from './not-for-email';
import { obsoleteGranularity } from './obsolete-granularity';
import { pemArmour } from './pem-armour';
import { pkcs1Key } from './pkcs1-key';
import { revokedKey } from './revoked-key';
import { sha1 } from './sha1';
import { shortKey } from './short-key';
import { tagCase } from './tag-case';
import { tagSyntax } from './tag-syntax';
import { testingMode } from './testing-mode';
import { unknownFlag } from './unknown-flag';
import { unknownHash } from './unknown-hash';
import { unknownKeyType } from './unknown-key-type';
import { unknownServiceType } from './unknown-service-type';
import { unknownTag } from './unknown-tag';
import { versionNotFirst } from './version-not-first';
import { weakKey } from './weak-key';

export const dkimRules: readonly Rule[] = [
  tagSyntax,
  duplicateTag,
  versionNotFirst,
  badVersion,
  tagCase,
  unknownTag,
  unknownKeyType,
  sha1,
  unknownHash,
  unknownServiceType,
  notForEmail,
  unknownFlag,
  testingMode,
  obsoleteGranularity,
  missingKey,
  revokedKey,
  keyNotBase64,
  pemArmour,
  malformedKey,
  keyTypeMismatch,
  ed25519Spki,
  pkcs1Key,
  weakKey,
  shortKey,
  largeKey,
  multipleRecords,
];
