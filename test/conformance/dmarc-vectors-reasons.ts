/**
 * Why our verdict differs from the upstream vector, row by row (`<file>#<row>[.<record>]`, rows
 * counted from 0). Each reason says which rule of the RFC we follow, or why the row cannot be
 * judged from the record alone.
 */
const EVALUATION =
  'An evaluation scenario (organisational-domain fallback, several names, message inputs), not a verdict on the record: the record itself is valid and we only give advice on it.';

export const REASONS: Readonly<Record<string, string>> = {
  'checkdmarc#38':
    'The row fails because of an unrelated TXT record at `_dmarc` that is not part of the vector. RFC 9989 §4.10 has receivers ignore TXT records at `_dmarc` that do not start with `v=DMARC1` (mailauth#17 agrees); in a zone we report such a record as dmarc/unrelated-txt (information), and the DMARC record shown is valid.',
  'checkdmarc#40':
    'The row asserts that check_dmarc returns an error result instead of raising; the record `p=invalid` is itself invalid (RFC 9989 §4.7: `p` is none, quarantine or reject), which we report as dmarc/invalid-policy.',
  'checkdmarc#43':
    'The row is about where the record was found (at the apex, with no `_dmarc` record): the record text is valid. Published at the apex in a zone, policy/wrong-owner warns that receivers never look there.',
  'checkdmarc#47':
    'The row fails because of an unrelated TXT record beside the authorisation record, which is not part of the vector; the authorisation record `v=DMARC1` itself is valid (RFC 7489 §7.1), and unrelated TXT records there are ignored.',
  'checkdmarc#50':
    'The row fails because only unrelated TXT records sit at the authorisation name, which are not part of the vector; the `v=DMARC1` record given is a valid authorisation record (RFC 7489 §7.1).',
  'mailauth#11': EVALUATION,
  'mailauth#12.0': EVALUATION,
  'mailauth#12.1': EVALUATION,
  'mailauth#13': EVALUATION,
};
