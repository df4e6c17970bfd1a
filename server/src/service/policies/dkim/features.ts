/** Hover and completion inside DKIM records. */
import type { PolicyFeatures } from '../features';

export const dkimFeatures: PolicyFeatures = {};
