/** Paths inside the installed extension, relative to its root (kept free of `vscode` so tests can read them). */

/** The bundled language server that the client starts (built by `esbuild.mjs`). */
export const SERVER_MODULE = 'dist/server.js';

/** Node.js options for the server when the extension runs under the debugger. */
export const SERVER_DEBUG_EXEC_ARGV: readonly string[] = ['--nolazy', '--inspect=6009'];

/** The example zone that `zonemail.openExample` opens (shipped in the package). */
export const EXAMPLE_ZONE = 'examples/example.com.zone';
