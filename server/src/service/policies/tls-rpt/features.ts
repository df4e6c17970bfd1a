/** Hover and completion inside TLS-RPT records. */
import type { PolicyFeatures } from '../features';

export const tlsRptFeatures: PolicyFeatures = {};
