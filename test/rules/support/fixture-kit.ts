/**
 * What the rule-fixture harnesses of every host share: caret annotations in the host's own
 * comment syntax, applying fixes, and readable failure output.
 *
 * An annotation is a comment line below the line it marks, `<mark>   ^^^^ code`, with the carets
 * under the exact columns of the expected range; when the first caret directly follows the comment
 * mark, the range starts at column 0.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { OffsetEdit, ServiceDiagnostic } from '../../../server/src/service/index';

export interface Expected {
  readonly code: string;
  /** 0-based line and columns of the marked range. */
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

/** The annotation pattern for a comment mark (`;`, `#`, `//`). */
export function annotationPattern(mark: string): RegExp {
  const escaped = mark.replace(/[/\\^$*+?.()|[\]{}]/g, '\\$&');
  return new RegExp(`^${escaped}( *)(\\^+) +([a-z0-9-]+\\/[a-z0-9-]+) *$`);
}

/**
 * The annotations of a fixture text. With `stripped`, line numbers count only the lines that are
 * not annotations (for formats without comments, whose annotation lines are removed before parsing).
 */
export function parseAnnotations(text: string, file: string, mark: string, stripped = false): Expected[] {
  const pattern = annotationPattern(mark);
  const lines = text.split(/\r?\n/);
  const out: Expected[] = [];
  let target = -1;
  let kept = -1;
  for (let i = 0; i < lines.length; i++) {
    const m = pattern.exec(lines[i]!);
    if (!m) {
      kept++;
      target = stripped ? kept : i;
      continue;
    }
    if (target < 0) throw new Error(`${file}:${i + 1}: annotation without a line above it`);
    const pad = m[1]!.length;
    const start = pad === 0 ? 0 : pad + mark.length;
    out.push({ code: m[3]!, line: target, start, end: start + m[2]!.length });
  }
  return out;
}

/** `line:col-line:col code` of a diagnostic (1-based lines). */
export function describeActual(doc: TextDocument, d: ServiceDiagnostic): string {
  const s = doc.positionAt(d.range.start);
  const e = doc.positionAt(d.range.end);
  return `${s.line + 1}:${s.character}-${e.line + 1}:${e.character} ${d.code}`;
}

export function describeExpected(e: Expected): string {
  return `${e.line + 1}:${e.start}-${e.line + 1}:${e.end} ${e.code}`;
}

/** The line with carets under the range, for failure messages. */
export function underline(text: string, doc: TextDocument, d: ServiceDiagnostic): string {
  const s = doc.positionAt(d.range.start);
  const e = doc.positionAt(d.range.end);
  const line = text.split(/\r?\n/)[s.line] ?? '';
  const width = e.line === s.line ? Math.max(1, e.character - s.character) : Math.max(1, line.length - s.character);
  return `    ${line}\n    ${' '.repeat(s.character)}${'^'.repeat(width)} ${d.code}: ${d.message}`;
}

/** Applies edits from the end of the text backwards. */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
  let out = text;
  for (const edit of sorted) out = out.slice(0, edit.range.start) + edit.newText + out.slice(edit.range.end);
  return out;
}

/** The text after the first fix of every diagnostic of `code`. */
export function applyFirstFixes(text: string, diagnostics: readonly ServiceDiagnostic[], code: string): string {
  return applyEdits(text, diagnostics.filter((d) => d.code === code).flatMap((d) => d.fixes?.[0]?.edits ?? []));
}

/** The lines that differ, for failure messages. */
export function lineDiff(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    if (a[i] !== undefined) out.push(`  line ${i + 1} expected: ${JSON.stringify(a[i])}`);
    if (b[i] !== undefined) out.push(`  line ${i + 1} actual:   ${JSON.stringify(b[i])}`);
    if (out.length > 20) break;
  }
  return out.join('\n');
}
