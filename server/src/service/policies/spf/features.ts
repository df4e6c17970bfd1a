/** Hover and completion inside SPF records. */
import type { PolicyFeatures } from '../features';

export const spfFeatures: PolicyFeatures = {};
