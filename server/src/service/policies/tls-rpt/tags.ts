/**
 * The fields of the TLS-RPT record at `_smtp._tls.<domain>` (RFC 8460 §3): one table for hover,
 * completion and the rules' messages.
 */
import { rfc } from '../../rules/define-rule';
import type { TagInfo } from '../cross/tag-records';

const S3 = rfc(8460, '3');

export const TLSRPT_VERSION = 'TLSRPTv1';

export const TLS_RPT_TAGS: readonly TagInfo[] = [
  {
    name: 'v',
    title: 'Version',
    required: true,
    description: 'Must be exactly `v=TLSRPTv1` (case-sensitive) and first; senders discard records at `_smtp._tls` that do not begin with it.',
    values: [{ value: 'TLSRPTv1', description: 'TLS-RPT version 1.' }],
    cite: S3.cite,
    href: S3.href,
  },
  {
    name: 'rua',
    title: 'Report destinations',
    required: true,
    description:
      'Where sending MTAs deliver their daily reports of TLS successes and failures (MTA-STS and DANE): one or more URIs separated by commas, each `mailto:` (reports by mail) or `https:` (reports POSTed to the URI).',
    values: [
      { value: 'mailto:', description: 'Reports are mailed to this address, gzip-compressed JSON.' },
      { value: 'https://', description: 'Reports are POSTed to this URI as JSON.' },
    ],
    valueSnippet: 'mailto:${1:tlsrpt}@${2:example.com}',
    cite: S3.cite,
    href: S3.href,
  },
];
