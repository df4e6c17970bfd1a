/**
 * The edge between the service's offsets and LSP positions: the only place that makes
 * positions (through `TextDocument.positionAt`). The language server and the CLI both use it.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeAction,
  CodeActionKind,
  CompletionItem,
  CompletionItemKind,
  Diagnostic,
  DiagnosticSeverity,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InsertTextFormat,
  MarkupKind,
  Range,
  SymbolKind,
  TextEdit,
} from 'vscode-languageserver-types';
import type {
  OffsetEdit,
  OffsetRange,
  ServiceCompletionItem,
  ServiceDiagnostic,
  ServiceHover,
  ServiceSymbol,
  Severity,
} from '../service';

/** A quick fix as it travels in `Diagnostic.data`: edits already converted to LSP text edits. */
export interface FixData {
  readonly title: string;
  readonly edits: TextEdit[];
  readonly isPreferred?: boolean;
}

/** What a zonemail diagnostic carries in `data`. */
export interface DiagnosticData {
  /** The document version the edits were computed for (absent outside an editor). */
  readonly version?: number;
  readonly fixes: FixData[];
}

export function toRange(document: Pick<TextDocument, 'positionAt'>, range: OffsetRange): Range {
  return { start: document.positionAt(range.start), end: document.positionAt(range.end) };
}

export function toOffsetRange(document: TextDocument, range: Range): OffsetRange {
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  return start <= end ? { start, end } : { start: end, end: start };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspSeverity(severity: Severity): DiagnosticSeverity {
  return SEVERITY[severity];
}

export function toTextEdit(document: TextDocument, edit: OffsetEdit): TextEdit {
  return { range: toRange(document, edit.range), newText: edit.newText };
}

export function toDiagnostic(document: TextDocument, diagnostic: ServiceDiagnostic): Diagnostic {
  const out: Diagnostic = {
    range: toRange(document, diagnostic.range),
    severity: toLspSeverity(diagnostic.severity),
    code: diagnostic.code,
    codeDescription: { href: diagnostic.href },
    source: diagnostic.source,
    message: diagnostic.message,
  };
  if (diagnostic.fixes && diagnostic.fixes.length > 0) {
    const data: DiagnosticData = {
      version: document.version,
      fixes: diagnostic.fixes.map((fix) => ({
        title: fix.title,
        edits: fix.edits.map((e) => toTextEdit(document, e)),
        ...(fix.isPreferred ? { isPreferred: true } : {}),
      })),
    };
    out.data = data;
  }
  return out;
}

/** Reads the fixes back out of a diagnostic the client sent, or nothing when the data is not ours. */
export function fixesOf(diagnostic: Diagnostic): DiagnosticData | undefined {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  if (!data || typeof data !== 'object' || !Array.isArray(data.fixes)) return undefined;
  return data as DiagnosticData;
}

/** Quick fixes for one client diagnostic, built from its `data` (never from its message). */
export function toCodeActions(uri: string, diagnostic: Diagnostic, data: DiagnosticData): CodeAction[] {
  return data.fixes.map((fix) => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [uri]: fix.edits } },
    ...(fix.isPreferred ? { isPreferred: true } : {}),
  }));
}

export function toHover(document: TextDocument, hover: ServiceHover): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: hover.contents }, range: toRange(document, hover.range) };
}

const COMPLETION_KIND: Record<ServiceCompletionItem['kind'], CompletionItemKind> = {
  keyword: CompletionItemKind.Keyword,
  value: CompletionItemKind.Value,
  snippet: CompletionItemKind.Snippet,
  unit: CompletionItemKind.Unit,
  property: CompletionItemKind.Property,
};

export function toCompletionItem(document: TextDocument, item: ServiceCompletionItem): CompletionItem {
  const out: CompletionItem = { label: item.label, kind: COMPLETION_KIND[item.kind] };
  if (item.detail !== undefined) out.detail = item.detail;
  if (item.documentation !== undefined) out.documentation = { kind: MarkupKind.Markdown, value: item.documentation };
  if (item.sortText !== undefined) out.sortText = item.sortText;
  if (item.snippet) out.insertTextFormat = InsertTextFormat.Snippet;
  const newText = item.insertText ?? item.label;
  if (item.range) out.textEdit = { range: toRange(document, item.range), newText };
  else if (item.insertText !== undefined) out.insertText = item.insertText;
  return out;
}

const SYMBOL_KIND: Record<ServiceSymbol['kind'], SymbolKind> = {
  namespace: SymbolKind.Namespace,
  field: SymbolKind.Field,
  constant: SymbolKind.Constant,
};

export function toDocumentSymbol(document: TextDocument, symbol: ServiceSymbol): DocumentSymbol {
  // LSP requires the selection range to lie inside the full range.
  const start = Math.min(symbol.range.start, symbol.selectionRange.start);
  const end = Math.max(symbol.range.end, symbol.selectionRange.end);
  const out: DocumentSymbol = {
    name: symbol.name.length > 0 ? symbol.name : '?',
    kind: SYMBOL_KIND[symbol.kind],
    range: toRange(document, { start, end }),
    selectionRange: toRange(document, symbol.selectionRange),
  };
  if (symbol.detail !== undefined) out.detail = symbol.detail;
  if (symbol.children && symbol.children.length > 0) out.children = symbol.children.map((c) => toDocumentSymbol(document, c));
  return out;
}

/** Line-based folding ranges; ranges that do not span lines are dropped. */
export function toFoldingRanges(document: TextDocument, ranges: readonly OffsetRange[]): FoldingRange[] {
  const out: FoldingRange[] = [];
  for (const r of ranges) {
    const startLine = document.positionAt(r.start).line;
    const endLine = document.positionAt(r.end).line;
    if (endLine > startLine) out.push({ startLine, endLine });
  }
  return out;
}
