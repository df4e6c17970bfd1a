/**
 * The octoDNS host adapter: zone files of octoDNS's YamlProvider (`example.com.yaml`, a mapping
 * of record names to a record or a list of records with `type` and `value`/`values`; `''` is the
 * apex). TXT and SPF values are read through octoDNS's `\;` escaping and chunking; other types
 * whose values are strings (A, AAAA, CNAME, NS, PTR, ALIAS) as presentation text.
 */
import type { DocumentInput, OffsetRange, ParsedDocument, Problem } from '../../model';
import type { HostAdapter } from '../host';
import { blockingErrors, fileName, firstLine, iacDocument, relativeOwner, syntaxOf } from '../yaml-json/iac-document';
import { parseYamlTree } from '../yaml-json/yaml-tree';
import { chunkHostString } from '../yaml-json/host-string-ops';
import { literalKind, writeLiteral } from '../yaml-json/scalar-edit';
import { suppressedBefore, withHostCodes } from '../yaml-json/suppress';
import { itemsOf, stringOf, valueOf, type TreeNode } from '../yaml-json/tree';
import { OctodnsRecord } from './record';
import { octodnsLayer } from './value';
import { OCTODNS_SYNTAX } from './parser-rules';

const STRING_TYPES = new Set(['A', 'AAAA', 'CNAME', 'NS', 'PTR', 'ALIAS', 'DNAME']);
const TXT_LIKE = new Set(['TXT', 'SPF']);

/** The zone a file name implies (`example.com.yaml` → `example.com.`), or undefined. */
export function zoneFromFileName(uri: string): string | undefined {
  const name = fileName(uri).toLowerCase();
  const m = /^(.+?)\.?\.(?:ya?ml)$/.exec(name);
  if (!m) return undefined;
  const zone = m[1]!;
  if (!zone.includes('.') || !/^[a-z0-9_-]+(?:\.[a-z0-9_-]+)+$/.test(zone)) return undefined;
  return `${zone}.`;
}

export const octodnsHost: HostAdapter = {
  id: 'octodns',
  matches(input: DocumentInput): boolean {
    if (syntaxOf(input) !== 'yaml') return false;
    if (!zoneFromFileName(input.uri)) return false;
    const t = input.text;
    return t.includes('type:') && (t.includes('value:') || t.includes('values:'));
  },
  parse(input: DocumentInput): ParsedDocument {
    const zone = zoneFromFileName(input.uri) ?? '.';
    const tree = parseYamlTree(input.text);
    const records: OctodnsRecord[] = [];
    const ranges: OffsetRange[] = [];
    const root = tree.documents[0];
    if (root && root.kind === 'map') {
      for (const entry of root.entries) {
        ranges.push(entry.range);
        const owner = relativeOwner(entry.key, zone);
        for (const rec of itemsOf(entry.value)) readRecord(input, rec, owner, entry.keyRange, zone, records);
      }
    }
    // A YAML file named like a zone but holding no record is not judged (it may be any other YAML).
    const problems: Problem[] = (records.length > 0 || tree.documents.length === 0 ? blockingErrors(tree.errors, records.length > 0 ? ranges : undefined) : []).map((e) => ({
      code: OCTODNS_SYNTAX,
      range: e.range,
      message: `${firstLine(e.message)}. Fix the YAML syntax here: octoDNS cannot load this zone file, and its records cannot be checked.`,
    }));
    return iacDocument(input, 'octodns', records, problems, zone);
  },
};

function readRecord(input: DocumentInput, rec: TreeNode, owner: string, ownerRange: OffsetRange, zone: string, out: OctodnsRecord[]): void {
  if (rec.kind !== 'map') return;
  const typeNode = valueOf(rec, 'type');
  const type = stringOf(typeNode)?.toUpperCase();
  if (!type || !typeNode) return;
  const ttlNode = valueOf(rec, 'ttl');
  const ttl = ttlNode?.kind === 'scalar' && typeof ttlNode.value === 'number' ? ttlNode.value : undefined;
  const values = itemsOf(valueOf(rec, 'values') ?? valueOf(rec, 'value'));
  for (const v of values) {
    if (v.kind !== 'scalar' || typeof v.value !== 'string' || !v.host || v.tag) continue;
    const octo = v.host();
    if (!octo) continue;
    const txt = TXT_LIKE.has(type);
    if (!txt && !STRING_TYPES.has(type)) continue;
    const dns = txt ? octodnsLayer(octo) : octo;
    const rdata = txt ? chunkHostString(dns).map((text) => ({ text, encoding: 'raw' as const })) : [{ text: dns, encoding: 'presentation' as const }];
    const suppressed = withHostCodes(suppressedBefore(input.text, v.range.start) ?? suppressedBefore(input.text, rec.range.start) ?? suppressedBefore(input.text, ownerRange.start), []);
    const kind = literalKind(input.text, octo, false);
    out.push(
      new OctodnsRecord({
        host: 'octodns',
        uri: input.uri,
        owner,
        ownerRange,
        origin: txt ? zone : '.',
        type,
        typeRange: typeNode.range,
        ...(ttl !== undefined ? { ttl, ttlRange: ttlNode!.range } : {}),
        range: v.range,
        rdata,
        provider: 'octodns',
        suppressed,
        ...(txt ? { rewriteValue: (newValue: string) => ({ range: octo.range, newText: writeLiteral(newValue.replace(/;/g, '\\;'), kind) }) } : {}),
        octo,
      }),
    );
  }
}
