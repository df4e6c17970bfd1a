/**
 * Rows of `../shared/data/dkim/key-records.jsonl` where Zonemail's verdict differs from the
 * upstream project's, each with the reason (RFC 6376, RFC 8301, RFC 8463). Keyed by the row's
 * 1-based line number; `verdict` is what Zonemail says instead. A listed row that agrees with
 * upstream fails the test, so stale entries get removed.
 */
export type Verdict = 'valid' | 'valid-with-warnings' | 'invalid' | 'revoked';

export interface DkimReason {
  readonly line: number;
  readonly verdict: Verdict;
  readonly reason: string;
}

export const DKIM_REASONS: readonly DkimReason[] = [
  {
    line: 9,
    verdict: 'invalid',
    reason:
      'A 512-bit RSA key. dkimpy parses it and only warns; RFC 8301 §3.2 says verifiers MUST NOT consider signatures with RSA keys under 1024 bits valid, so every signature with this selector fails at a conforming verifier: dkim/weak-key is an error.',
  },
  {
    line: 11,
    verdict: 'invalid',
    reason:
      'A bare PKCS#1 RSAPublicKey. go-msgauth and mail-auth fall back to PKCS#1 (upstream "lenient"); RFC 6376 §3.6.1 and Appendix C publish SubjectPublicKeyInfo, and OpenSSL-based verifiers and dkimpy cannot load the bare form: dkim/pkcs1-key is an error (with a fix that wraps the key).',
  },
  {
    line: 17,
    verdict: 'invalid',
    reason: 'The same bare PKCS#1 key as line 11 (mail-auth resources/dkim/002.txt): dkim/pkcs1-key, see line 11.',
  },
];
