/**
 * Checks files with the language service: read once, parse once, validate once. The files of a
 * run are passed to each other as related documents (cross-file checks such as SPF includes and
 * an MTA-STS policy file against its zone).
 */
import { pathToFileURL } from 'node:url';
import type { LanguageService, ParsedDocument, ServiceDiagnostic } from '../service';
import type { FoundFile } from './walk';
import { positionsOf, type Positions } from './line-index';
import { readZoneText } from './read-zone';

export interface CheckedFile {
  /** The path to print. */
  readonly display: string;
  readonly absolute: string;
  /** The text as checked, for converting offsets to positions. */
  readonly document: Positions;
  /** In document order. */
  readonly diagnostics: readonly ServiceDiagnostic[];
}

export interface CheckResult {
  readonly checked: CheckedFile[];
  readonly errors: string[];
}

function byPosition(a: ServiceDiagnostic, b: ServiceDiagnostic): number {
  return a.range.start - b.range.start || a.range.end - b.range.end || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

export function checkFiles(
  service: LanguageService,
  files: readonly FoundFile[],
  onRuleError: (code: string, error: unknown) => void,
): CheckResult {
  const result: CheckResult = { checked: [], errors: [] };
  const read: { file: FoundFile; document: Positions; parsed: ParsedDocument | undefined }[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readZoneText(file.absolute);
    } catch (error) {
      result.errors.push(`cannot read ${file.display}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const uri = pathToFileURL(file.absolute).href;
    const document = positionsOf(uri, text);
    read.push({ file, document, parsed: service.parse({ uri, text }, true) });
  }
  // The files of one run are each other's related documents (a policy file and its zone).
  const related = read.flatMap((r) => (r.parsed && !r.parsed.skipped ? [r.parsed] : []));
  for (const { file, document, parsed } of read) {
    const diagnostics = parsed ? service.validate(parsed, { onRuleError, related }).sort(byPosition) : [];
    result.checked.push({ display: file.display, absolute: file.absolute, document, diagnostics });
  }
  return result;
}

/** True when any diagnostic is an error: the command then exits with 1. */
export function hasErrors(checked: readonly CheckedFile[]): boolean {
  return checked.some((f) => f.diagnostics.some((d) => d.severity === 'error'));
}
