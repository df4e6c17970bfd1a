/** Paths shared by the tests: the repository root, the built bundles and the shared test data. */
import * as path from 'node:path';

/** Repository root (tests run from `out/test/<dir>/`). */
export const ROOT = path.resolve(__dirname, '..', '..', '..');
/** The bundled language server, CLI and client, built by `npm run build`. */
export const SERVER_JS = path.join(ROOT, 'dist', 'server.js');
export const CLI_JS = path.join(ROOT, 'dist', 'cli.js');
/** Third-party test vectors beside the repository (read-only). */
export const SHARED_DATA = path.resolve(ROOT, '..', 'shared', 'data');
export const EXAMPLES = path.join(ROOT, 'examples');
