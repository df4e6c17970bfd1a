/**
 * "Compare This File with Live DNS": a diagnostic collection of its own (`zonemail-live`) and a
 * CodeLens over each compared record: matches, differs (with the live value) or not published.
 * Created on first use; cleared when the document changes.
 */
import * as vscode from 'vscode';

export interface ComparedRecord {
  readonly name: string;
  readonly type: string;
  readonly range: { start: { line: number; character: number }; end: { line: number; character: number } };
  readonly status: 'match' | 'differs' | 'missing' | 'unknown';
  readonly value: string;
  readonly live: readonly string[];
  readonly note?: string;
}

export interface FileComparison {
  readonly uri: string;
  readonly version: number;
  readonly records: readonly ComparedRecord[];
  readonly extra: readonly { name: string; type: string; value: string }[];
}

const LABELS: Record<ComparedRecord['status'], (r: ComparedRecord) => string> = {
  match: () => '✓ matches live DNS',
  differs: (r) => `≠ differs: live DNS has ${r.live.join(', ')}`,
  missing: () => '✗ not published in live DNS',
  unknown: (r) => `? not compared: ${r.note ?? 'no answer'}`,
};

class CompareView implements vscode.CodeLensProvider {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('zonemail-live');
  private readonly results = new Map<string, FileComparison>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor() {
    vscode.languages.registerCodeLensProvider([{ scheme: 'file' }, { scheme: 'untitled' }], this);
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (!this.results.delete(e.document.uri.toString())) return;
      this.diagnostics.delete(e.document.uri);
      this.changed.fire();
    });
  }

  show(result: FileComparison): void {
    const uri = vscode.Uri.parse(result.uri);
    this.results.set(uri.toString(), result);
    const range = (r: ComparedRecord) => new vscode.Range(r.range.start.line, r.range.start.character, r.range.end.line, r.range.end.character);
    const diagnostics: vscode.Diagnostic[] = [];
    for (const r of result.records) {
      if (r.status === 'match') continue;
      const d = new vscode.Diagnostic(
        range(r),
        r.status === 'missing' ? `${r.name} ${r.type} ${r.value} is not published in live DNS.` : r.status === 'differs' ? `Live DNS has ${r.live.join(', ')} for ${r.name} ${r.type}, not ${r.value}.` : `${r.name} ${r.type} was not compared: ${r.note ?? 'no answer'}.`,
        r.status === 'unknown' ? vscode.DiagnosticSeverity.Information : vscode.DiagnosticSeverity.Warning,
      );
      d.source = 'zonemail-live';
      d.code = r.status === 'missing' ? 'live/compare-missing' : r.status === 'differs' ? 'live/compare-different' : 'live/dns-failure';
      diagnostics.push(d);
    }
    this.diagnostics.set(uri, diagnostics);
    this.changed.fire();
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const result = this.results.get(document.uri.toString());
    if (!result) return [];
    return result.records.map((r) => new vscode.CodeLens(new vscode.Range(r.range.start.line, 0, r.range.start.line, 0), { title: LABELS[r.status](r), command: '' }));
  }
}

let view: CompareView | undefined;

export function compareView(): CompareView {
  return (view ??= new CompareView());
}
