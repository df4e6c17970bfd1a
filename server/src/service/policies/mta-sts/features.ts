/** Hover and completion inside MTA-STS records. */
import type { PolicyFeatures } from '../features';

export const mtaStsFeatures: PolicyFeatures = {};
