/** Hover and completion inside BIMI records. */
import type { PolicyFeatures } from '../features';

export const bimiFeatures: PolicyFeatures = {};
