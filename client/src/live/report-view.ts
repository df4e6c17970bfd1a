/**
 * The live report view: a webview grouped by record kind, with severity icons, RFC links and
 * links to the records in the workspace; also shows SPF lookup trees. Plain HTML from values the
 * server returned, every text escaped, scripts limited by a nonce.
 */
import * as vscode from 'vscode';

export interface ReportFinding {
  readonly kind: string;
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'information' | 'hint';
  readonly message: string;
  readonly name?: string;
  readonly href: string;
}

export interface DomainReport {
  readonly domain: string;
  readonly findings: readonly ReportFinding[];
  readonly records: Record<string, unknown>;
  readonly durationMs: number;
  readonly locations: Record<string, { uri: string; range: { start: { line: number; character: number } } }[]>;
}

export interface SpfNode {
  readonly domain: string;
  readonly record?: string;
  readonly result: string;
  readonly reason?: string;
  readonly lookups: number;
  readonly voidLookups: number;
  readonly terms: readonly { text: string; evaluated: boolean; matched?: boolean; lookups: number; note?: string; child?: SpfNode }[];
}

const KINDS: readonly [string, string][] = [
  ['mx', 'MX'],
  ['spf', 'SPF'],
  ['dmarc', 'DMARC'],
  ['dkim', 'DKIM'],
  ['bimi', 'BIMI'],
  ['mta-sts', 'MTA-STS'],
  ['tls-rpt', 'TLS-RPT'],
  ['dane', 'DANE (TLSA)'],
  ['dnssec', 'DNSSEC'],
];

const ICONS: Record<string, string> = { error: '⛔', warning: '⚠️', information: 'ℹ️', hint: '💡' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Inline code spans of a message (`...`) as <code>. */
function messageHtml(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

export function reportHtml(report: DomainReport): string {
  const parts: string[] = [`<h1>${escapeHtml(report.domain)}</h1>`, `<p class="muted">Checked in ${report.durationMs} ms. Raw answers are in the Zonemail output channel.</p>`];
  for (const [kind, title] of KINDS) {
    const mine = report.findings.filter((f) => f.kind === kind);
    parts.push(`<h2>${mine.some((f) => f.severity === 'error') ? ICONS.error : mine.some((f) => f.severity === 'warning') ? ICONS.warning : '✅'} ${escapeHtml(title)}</h2>`);
    if (mine.length === 0) parts.push('<p class="muted">No findings.</p>');
    else {
      parts.push('<ul>');
      for (const f of mine) {
        const places = f.name ? (report.locations[f.name.toLowerCase()] ?? []) : [];
        const links = places.map((p, i) => `<a href="#" class="record" data-uri="${escapeHtml(p.uri)}" data-line="${p.range.start.line}">record${places.length > 1 ? ` ${i + 1}` : ''}</a>`).join(' ');
        parts.push(
          `<li class="${f.severity}"><span title="${f.severity}">${ICONS[f.severity] ?? ''}</span> ${messageHtml(f.message)} <a href="${escapeHtml(f.href)}">${escapeHtml(f.code)}</a>${f.name ? ` <span class="muted">${escapeHtml(f.name)}</span>` : ''} ${links}</li>`,
        );
      }
      parts.push('</ul>');
    }
  }
  return parts.join('\n');
}

export function spfTreeHtml(title: string, node: SpfNode): string {
  const render = (n: SpfNode): string => {
    const terms = n.terms
      .map((t) => `<li class="${t.evaluated ? '' : 'muted'}"><code>${escapeHtml(t.text)}</code>${t.lookups ? ` <span class="muted">(${t.lookups} lookup${t.lookups === 1 ? '' : 's'})</span>` : ''}${t.matched ? ' ✔ matched' : ''}${t.note ? ` <span class="muted">${escapeHtml(t.note)}</span>` : ''}${t.child ? render(t.child) : ''}</li>`)
      .join('');
    return `<div class="node"><strong>${escapeHtml(n.domain)}</strong> → <code>${escapeHtml(n.result)}</code>${n.reason ? ` <span class="muted">${escapeHtml(n.reason)}</span>` : ''}<br><code class="muted">${escapeHtml(n.record ?? '(no SPF record)')}</code><ul>${terms}</ul></div>`;
  };
  return `<h1>${escapeHtml(title)}</h1>${render(node)}`;
}

function page(body: string, nonce: string, csp: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline' ${csp}; script-src 'nonce-${nonce}';">
<style>body{font-family:var(--vscode-font-family);color:var(--vscode-foreground)} .muted{opacity:.7} li{margin:.3em 0} code{font-family:var(--vscode-editor-font-family)} .node ul{border-left:1px solid var(--vscode-panel-border);padding-left:1em}</style></head>
<body>${body}<script nonce="${nonce}">const vscode=acquireVsCodeApi();document.addEventListener('click',e=>{const a=e.target.closest('a.record');if(!a)return;e.preventDefault();vscode.postMessage({uri:a.dataset.uri,line:Number(a.dataset.line)});});</script></body></html>`;
}

let panel: vscode.WebviewPanel | undefined;

/** Shows HTML in the one report panel (created on first use, revealed afterwards). */
export function showReport(title: string, body: string): vscode.WebviewPanel {
  if (!panel) {
    panel = vscode.window.createWebviewPanel('zonemail.liveReport', title, vscode.ViewColumn.Beside, { enableScripts: true, enableFindWidget: true });
    panel.onDidDispose(() => (panel = undefined));
    panel.webview.onDidReceiveMessage(async (m: { uri?: unknown; line?: unknown }) => {
      if (typeof m.uri !== 'string' || typeof m.line !== 'number') return;
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(m.uri));
      const position = new vscode.Position(m.line, 0);
      await vscode.window.showTextDocument(document, { selection: new vscode.Range(position, position), viewColumn: vscode.ViewColumn.One });
    });
  }
  panel.title = title;
  const nonce = Array.from({ length: 16 }, () => Math.floor(Math.random() * 36).toString(36)).join('');
  panel.webview.html = page(body, nonce, panel.webview.cspSource);
  panel.reveal(vscode.ViewColumn.Beside, true);
  return panel;
}

/** The HTML last shown, for tests of the extension. */
export function currentReportHtml(): string | undefined {
  return panel?.webview.html;
}
