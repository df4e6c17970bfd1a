/**
 * SARIF 2.1.0 output for code-scanning tools: one run, every registered rule in `tool.driver.rules`,
 * results with 1-based regions counted in UTF-16 code units.
 */
import * as path from 'node:path';
import { toRange } from '../lsp/convert';
import { RULES, ruleByCode, ruleDocHref, type Severity } from '../service';
import type { CheckedFile } from './check';
import { INFORMATION_URI, version } from './usage';

type Level = 'error' | 'warning' | 'note';

const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri: string;
  defaultConfiguration: { level: Level };
}

function sarifRule(code: string, fallbackSeverity: Severity): SarifRule {
  const rule = ruleByCode(code);
  const what = rule?.docs.what ?? code;
  return {
    id: code,
    shortDescription: { text: what },
    fullDescription: { text: rule ? `${rule.docs.what} ${rule.docs.why}` : what },
    helpUri: rule?.reference?.href ?? ruleDocHref(code),
    defaultConfiguration: { level: LEVEL[rule?.severity ?? fallbackSeverity] },
  };
}

/** A relative URI reference for a file (forward slashes, each segment percent-encoded). */
function artifactUri(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute) || path.basename(absolute);
  return relative.split(path.sep).map(encodeURIComponent).join('/');
}

export function toSarif(checked: readonly CheckedFile[]): object {
  const rules: SarifRule[] = RULES.map((r) => sarifRule(r.code, r.severity));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results: object[] = [];
  for (const file of checked) {
    const uri = artifactUri(file.absolute);
    for (const d of file.diagnostics) {
      let ruleIndex = index.get(d.code);
      if (ruleIndex === undefined) {
        ruleIndex = rules.push(sarifRule(d.code, d.severity)) - 1;
        index.set(d.code, ruleIndex);
      }
      const { start, end } = toRange(file.document, d.range);
      results.push({
        ruleId: d.code,
        ruleIndex,
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri },
              region: {
                startLine: start.line + 1,
                startColumn: start.character + 1,
                endLine: end.line + 1,
                endColumn: end.character + 1,
              },
            },
          },
        ],
      });
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'zonemail', version: version(), informationUri: INFORMATION_URI, rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function formatSarif(checked: readonly CheckedFile[]): string {
  return `${JSON.stringify(toSarif(checked), null, 2)}\n`;
}
