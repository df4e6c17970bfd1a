/** The TLSA (DANE) rules (one file per rule). */
import type { Rule } from '../../../rules/define-rule';
import { tlsaUsage } from './usage';
import { tlsaSelector } from './selector';
import { tlsaMatchingType } from './matching-type';
import { tlsaDataLength } from './data-length';
import { tlsaFullData } from './full-data';
import { tlsaOwnerRule } from './owner';
import { tlsaSmtpPkixUsage } from './smtp-pkix-usage';
import { tlsaMxHostWithoutAddress } from './mx-host-without-address';

export const tlsaRules: readonly Rule[] = [
  tlsaUsage,
  tlsaSelector,
  tlsaMatchingType,
  tlsaDataLength,
  tlsaFullData,
  tlsaOwnerRule,
  tlsaSmtpPkixUsage,
  tlsaMxHostWithoutAddress,
];
