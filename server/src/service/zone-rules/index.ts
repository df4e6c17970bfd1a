/** The zone-file rules that look at records (one file per rule, named after its code). */
import type { Rule } from '../rules/define-rule';
import { invalidRdataRule } from './invalid-rdata';
import { cnameAndOtherData } from './cname-and-other-data';
import { cnameAtApex } from './cname-at-apex';
import { targetIsAddress } from './target-is-address';
import { targetIsCname } from './target-is-cname';
import { nullMxWithOthers } from './null-mx-with-others';
import { repeatedOrigin } from './repeated-origin';
import { outOfZone } from './out-of-zone';
import { multipleSoa } from './multiple-soa';
import { soaNotAtApex } from './soa-not-at-apex';
import { missingSoa } from './missing-soa';
import { missingApexNs } from './missing-apex-ns';
import { soaSerial } from './soa-serial';
import { ttlMismatch } from './ttl-mismatch';
import { duplicateRecord } from './duplicate-record';
import { stringTooLong } from './string-too-long';
import { stringJoin } from './string-join';

export const zoneRules: readonly Rule[] = [
  invalidRdataRule,
  cnameAndOtherData,
  cnameAtApex,
  targetIsAddress,
  targetIsCname,
  nullMxWithOthers,
  repeatedOrigin,
  outOfZone,
  multipleSoa,
  soaNotAtApex,
  missingSoa,
  missingApexNs,
  soaSerial,
  ttlMismatch,
  duplicateRecord,
  stringTooLong,
  stringJoin,
];
