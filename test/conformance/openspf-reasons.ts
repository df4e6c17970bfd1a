/**
 * OpenSPF suite cases whose expected result contradicts RFC 7208, with the reason: such a case
 * is run and its result must be the one named here. Empty: every case agrees with the RFC.
 */
export const OPENSPF_REASONS: Readonly<Record<string, { readonly result: string; readonly reason: string }>> = {};
