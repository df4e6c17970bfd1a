/**
 * Entry point of the bundled language server (`dist/server.js`): talks LSP over `--stdio` or
 * `--node-ipc`, whichever the client passes on the command line.
 */
import { runServer } from './run';

runServer();
