/**
 * The MTA-STS policy file host (RFC 8461 §3.2): a `mta-sts.txt` file, usually at
 * `.well-known/mta-sts.txt`, or any document in the `mta-sts-policy` language. It has no DNS
 * records; the parsed policy sits in `ParsedDocument.mtaStsPolicy` for the policy-file rules.
 */
import type { DocumentInput, ParsedDocument } from '../../model';
import { fileName } from '../uri';
import type { HostAdapter } from '../host';
import { parsePolicyFile } from '../../policies/mta-sts/policy-file/parse';

export const MTA_STS_POLICY_LANGUAGE = 'mta-sts-policy';

/** True when the URI's file name is `mta-sts.txt` (any case). */
export function isPolicyFileName(uri: string): boolean {
  return fileName(uri).toLowerCase() === 'mta-sts.txt';
}

export const mtaStsPolicyHost: HostAdapter = {
  id: 'mta-sts-policy',
  matches(input: DocumentInput): boolean {
    if (input.languageId === MTA_STS_POLICY_LANGUAGE) return true;
    if (input.languageId !== undefined && input.languageId !== 'plaintext') return false;
    return isPolicyFileName(input.uri);
  },
  parse(input: DocumentInput): ParsedDocument {
    const { policy, problems } = parsePolicyFile(input.text);
    return {
      uri: input.uri,
      host: 'mta-sts-policy',
      text: input.text,
      ...(input.version !== undefined ? { version: input.version } : {}),
      records: [],
      includedRecords: [],
      directives: [],
      groups: [],
      problems,
      mtaStsPolicy: policy,
    };
  },
};
