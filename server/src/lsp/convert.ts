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
  Fix,
  OffsetEdit,
  OffsetRange,
  ServiceCompletionItem,
  ServiceDiagnostic,
  ServiceHover,
  ServiceSymbol,
  Severity,
} from '../service';

/**
 * What a zonemail diagnostic with quick fixes carries in `data`: which check of which version it
 * came from. The fixes themselves stay in the server and are made into edits only when the
 * editor asks for code actions (most never are, and a zone may have thousands of them).
 */
export interface DiagnosticData {
  /** The document version the diagnostic was found in (absent outside an editor). */
  readonly version?: number;
  /** Its index in the diagnostics published for that version. */
  readonly index: number;
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

/** The LSP diagnostic; `index` is its place in the list published for this version. */
export function toDiagnostic(document: TextDocument, diagnostic: ServiceDiagnostic, index: number): Diagnostic {
  const out: Diagnostic = {
    range: toRange(document, diagnostic.range),
    severity: toLspSeverity(diagnostic.severity),
    code: diagnostic.code,
    codeDescription: { href: diagnostic.href },
    source: diagnostic.source,
    message: diagnostic.message,
  };
  if (diagnostic.fixes && diagnostic.fixes.length > 0) {
    const data: DiagnosticData = { version: document.version, index };
    out.data = data;
  }
  return out;
}

/** Reads which published diagnostic a client diagnostic is, or nothing when the data is not ours. */
export function fixesOf(diagnostic: Diagnostic): DiagnosticData | undefined {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  if (!data || typeof data !== 'object' || typeof data.index !== 'number' || !Number.isInteger(data.index) || data.index < 0) return undefined;
  return data as DiagnosticData;
}

/** Quick fixes for one client diagnostic, from the fixes of the service diagnostic it was made from. */
export function toCodeActions(document: TextDocument, diagnostic: Diagnostic, fixes: readonly Fix[]): CodeAction[] {
  return fixes.map((fix) => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [document.uri]: fix.edits.map((e) => toTextEdit(document, e)) } },
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
