/**
 * The CloudFormation host adapter: YAML and JSON templates that declare Route 53 record sets.
 * A substring probe (`AWS::Route53::RecordSet`) comes before any parsing, so large templates
 * and other YAML or JSON files cost almost nothing.
 */
import type { DocumentInput, ParsedDocument, Problem } from '../../model';
import type { HostAdapter } from '../host';
import { blockingErrors, firstLine, iacDocument, syntaxOf } from '../yaml-json/iac-document';
import { parseYamlTree } from '../yaml-json/yaml-tree';
import { parseJsonTree } from '../yaml-json/json-tree';
import { extractTemplate, RECORD_SET } from './extract';
import { CLOUDFORMATION_SYNTAX } from './parser-rules';

export const cloudFormationHost: HostAdapter = {
  id: 'cloudformation',
  matches(input: DocumentInput): boolean {
    if (!syntaxOf(input)) return false;
    return input.text.includes(RECORD_SET);
  },
  parse(input: DocumentInput): ParsedDocument {
    const json = syntaxOf(input) === 'json';
    const tree = json ? parseJsonTree(input.text) : parseYamlTree(input.text);
    const roots = 'root' in tree ? (tree.root ? [tree.root] : []) : tree.documents;
    const records = [];
    const ranges = [];
    let zoneOrigin: string | undefined;
    for (const root of roots) {
      const found = extractTemplate(input.text, input.uri, root, json);
      records.push(...found.records);
      ranges.push(...found.resourceRanges);
      zoneOrigin ??= found.zoneOrigin;
    }
    const problems: Problem[] = blockingErrors(tree.errors, ranges.length > 0 ? ranges : undefined).map((e) => ({
      code: CLOUDFORMATION_SYNTAX,
      range: e.range,
      message: `${firstLine(e.message)}. Fix the ${json ? 'JSON' : 'YAML'} syntax here: CloudFormation cannot read the template, and the records in it cannot be checked.`,
    }));
    return iacDocument(input, 'cloudformation', records, problems, zoneOrigin);
  },
};
