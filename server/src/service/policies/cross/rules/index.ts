/**
 * The cross-record rules (one file per rule). The DMARC external-destination authorisation
 * check (`_report._dmarc`) lives with the DMARC rules; BIMI without DMARC enforcement is
 * `bimi/dmarc-not-enforced`.
 */
import type { Rule } from '../../../rules/define-rule';
import { crossMtaStsWithoutHost } from './mta-sts-without-host';
import { crossMtaStsWithoutTlsRpt } from './mta-sts-without-tls-rpt';
import { crossNullMxPolicy } from './null-mx-policy';
import { crossTlsaPartialMx } from './tlsa-partial-mx';

export const crossRules: readonly Rule[] = [crossMtaStsWithoutHost, crossMtaStsWithoutTlsRpt, crossTlsaPartialMx, crossNullMxPolicy];
