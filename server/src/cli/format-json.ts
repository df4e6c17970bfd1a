/** JSON output: one array of `{ file, range, severity, code, message, source }`, 0-based LSP positions. */
import type { Range } from 'vscode-languageserver-types';
import { toRange } from '../lsp/convert';
import type { Severity } from '../service';
import type { CheckedFile } from './check';

export interface JsonDiagnostic {
  readonly file: string;
  readonly range: Range;
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  readonly source: string;
}

export function toJsonDiagnostics(checked: readonly CheckedFile[]): JsonDiagnostic[] {
  const out: JsonDiagnostic[] = [];
  for (const file of checked) {
    for (const d of file.diagnostics) {
      out.push({
        file: file.display,
        range: toRange(file.document, d.range),
        severity: d.severity,
        code: d.code,
        message: d.message,
        source: d.source,
      });
    }
  }
  return out;
}

export function formatJson(checked: readonly CheckedFile[]): string {
  return `${JSON.stringify(toJsonDiagnostics(checked), null, 2)}\n`;
}
