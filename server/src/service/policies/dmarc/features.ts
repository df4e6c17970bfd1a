/** Hover and completion inside DMARC records. */
import type { PolicyFeatures } from '../features';

export const dmarcFeatures: PolicyFeatures = {};
