/** The DMARC rules (one file per rule). */
import type { Rule } from '../../../rules/define-rule';
import { bareAddress } from './bare-address';
import { duplicateTag } from './duplicate-tag';
import { emptyReportUri } from './empty-report-uri';
import { emptyTag } from './empty-tag';
import { externalDestination } from './external-destination';
import { foWithoutRuf } from './fo-without-ruf';
import { invalidLegacyValue } from './invalid-legacy-value';
import { invalidPolicy } from './invalid-policy';
import { invalidSizeLimit } from './invalid-size-limit';
import { invalidUri } from './invalid-uri';
import { invalidValue } from './invalid-value';
import { invalidVersion } from './invalid-version';
import { leadingSpace } from './leading-space';
import { malformedTag } from './malformed-tag';
import { missingAuthorization } from './missing-authorization';
import { missingP } from './missing-p';
import { missingPAndRua } from './missing-p-and-rua';
import { missingRua } from './missing-rua';
import { missingSemicolon } from './missing-semicolon';
import { missingVersion } from './missing-version';
import { multipleRecords } from './multiple-records';
import { nonMailtoUri } from './non-mailto-uri';
import { partialPct } from './partial-pct';
import { pNone } from './p-none';
import { pNotSecond } from './p-not-second';
import { redundantFo } from './redundant-fo';
import { removedTag } from './removed-tag';
import { sizeLimit } from './size-limit';
import { testing } from './testing';
import { tooManyReportUris } from './too-many-report-uris';
import { unknownTag } from './unknown-tag';
import { unrelatedTxt } from './unrelated-txt';
import { versionNotFirst } from './version-not-first';
import { weakerSubdomainPolicy } from './weaker-subdomain-policy';

export const dmarcRules: readonly Rule[] = [
  // Is it a DMARC record at all?
  leadingSpace,
  invalidVersion,
  versionNotFirst,
  missingVersion,
  unrelatedTxt,
  multipleRecords,
  // Tag syntax.
  missingSemicolon,
  malformedTag,
  emptyTag,
  duplicateTag,
  unknownTag,
  // Policy.
  missingP,
  missingPAndRua,
  invalidPolicy,
  pNone,
  weakerSubdomainPolicy,
  testing,
  invalidValue,
  redundantFo,
  foWithoutRuf,
  pNotSecond,
  // Tags removed by RFC 9989.
  removedTag,
  partialPct,
  invalidLegacyValue,
  // Report destinations.
  missingRua,
  emptyReportUri,
  bareAddress,
  invalidUri,
  nonMailtoUri,
  sizeLimit,
  invalidSizeLimit,
  tooManyReportUris,
  externalDestination,
  missingAuthorization,
];
