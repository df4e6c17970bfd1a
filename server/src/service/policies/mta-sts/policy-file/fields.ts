/** Lookups over a parsed policy file shared by the policy-file rules and features. */
import type { ParsedDocument } from '../../../model';
import type { MtaStsPolicyFile, PolicyField } from './parse';

/** The parsed policy of a policy-file document, or undefined for any other document. */
export function policyOf(document: ParsedDocument): MtaStsPolicyFile | undefined {
  return document.host === 'mta-sts-policy' ? document.mtaStsPolicy : undefined;
}

/** Every field with this key (exact case), in order. */
export function fieldsNamed(policy: MtaStsPolicyFile, key: string): PolicyField[] {
  return policy.fields.filter((f) => f.key === key);
}

/** The first field with this key: the one a sender is most likely to use when it is repeated. */
export function firstField(policy: MtaStsPolicyFile, key: string): PolicyField | undefined {
  return policy.fields.find((f) => f.key === key);
}

/** The mode in force (`enforce`, `testing`, `none`), or undefined when missing or invalid. */
export function modeOf(policy: MtaStsPolicyFile): 'enforce' | 'testing' | 'none' | undefined {
  const v = firstField(policy, 'mode')?.value;
  return v === 'enforce' || v === 'testing' || v === 'none' ? v : undefined;
}
