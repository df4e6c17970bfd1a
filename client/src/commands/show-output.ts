/** `zonemail.showOutput`: reveals the "Zonemail" output channel (server log and trace). */
import type { ExtensionState } from '../state';

export function showOutput(state: ExtensionState): void {
  state.output.show(true);
}
