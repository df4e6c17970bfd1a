/** Text output for people: `file:line:col: severity code: message` (1-based), then a summary. */
import { toRange } from '../lsp/convert';
import type { CheckedFile } from './check';

export function formatText(checked: readonly CheckedFile[]): string {
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const file of checked) {
    for (const d of file.diagnostics) {
      const { start } = toRange(file.document, d.range);
      counts[d.severity]++;
      lines.push(`${file.display}:${start.line + 1}:${start.character + 1}: ${d.severity} ${d.code}: ${d.message}`);
    }
  }
  lines.push(`${counts.error} errors, ${counts.warning} warnings, ${counts.information} information in ${checked.length} files`);
  return `${lines.join('\n')}\n`;
}
