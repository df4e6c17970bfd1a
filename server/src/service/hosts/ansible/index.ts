/**
 * The Ansible host adapter: playbooks and task files with `amazon.aws.route53` (also
 * `community.aws.route53`), `community.general.cloudflare_dns` and `community.general.nsupdate`
 * tasks, by full or short name. A substring probe for the module names comes first, so other
 * YAML files cost almost nothing. Each value of a task is one record; Jinja is opaque.
 */
import type { DocumentInput, OffsetEdit, OffsetRange, ParsedDocument, Problem } from '../../model';
import type { HostAdapter } from '../host';
import type { HostString } from '../iac/host-string';
import { absoluteOwner, blockingErrors, firstLine, iacDocument, relativeOwner, syntaxOf } from '../yaml-json/iac-document';
import { parseYamlTree } from '../yaml-json/yaml-tree';
import { chunkHostString, sliceHostString } from '../yaml-json/host-string-ops';
import { literalKind, presentationText, writeLiteral } from '../yaml-json/scalar-edit';
import { encodeSingleQuoted } from '../yaml-json/yaml-scalar';
import { suppressedBefore, withHostCodes } from '../yaml-json/suppress';
import { entryOf, stringOf, type MapNode, type TreeNode } from '../yaml-json/tree';
import { AnsibleRecord, type AnsibleModule } from './record';
import { jinjaLayer } from './jinja';
import { ANSIBLE_SYNTAX } from './parser-rules';

const MODULES: ReadonlyMap<string, AnsibleModule> = new Map([
  ['amazon.aws.route53', 'route53'],
  ['community.aws.route53', 'route53'],
  ['route53', 'route53'],
  ['community.general.cloudflare_dns', 'cloudflare_dns'],
  ['cloudflare_dns', 'cloudflare_dns'],
  ['community.general.nsupdate', 'nsupdate'],
  ['nsupdate', 'nsupdate'],
]);

const PROBES = ['route53', 'cloudflare_dns', 'nsupdate'];
const TXT_LIKE = new Set(['TXT', 'SPF']);
/** `ansible/string-too-long` reports long strings with a fix in the module's format; zone-file-only checks do not apply. */
const HOST_CODES = ['txt/string-too-long'];
const PROVIDER: Readonly<Record<AnsibleModule, string>> = { route53: 'route53', cloudflare_dns: 'cloudflare', nsupdate: 'rfc2136' };

export const ansibleHost: HostAdapter = {
  id: 'ansible',
  matches(input: DocumentInput): boolean {
    if (syntaxOf(input) !== 'yaml') return false;
    const t = input.text;
    return PROBES.some((p) => t.includes(p));
  },
  parse(input: DocumentInput): ParsedDocument {
    const tree = parseYamlTree(input.text);
    const records: AnsibleRecord[] = [];
    const ranges: OffsetRange[] = [];
    for (const doc of tree.documents) walk(input, doc, records, ranges, 0);
    const problems: Problem[] = blockingErrors(tree.errors, ranges).map((e) => ({
      code: ANSIBLE_SYNTAX,
      range: e.range,
      message: `${firstLine(e.message)}. Fix the YAML syntax here: Ansible cannot load this file, and its DNS records cannot be checked.`,
    }));
    const zone = records.find((r) => r.origin !== '.')?.origin;
    return iacDocument(input, 'ansible', records, problems, zone);
  },
};

function walk(input: DocumentInput, node: TreeNode | undefined, out: AnsibleRecord[], ranges: OffsetRange[], depth: number): void {
  if (!node || depth > 30) return;
  if (node.kind === 'seq') {
    for (const item of node.items) walk(input, item, out, ranges, depth + 1);
    return;
  }
  if (node.kind !== 'map') return;
  for (const entry of node.entries) {
    const module = MODULES.get(entry.key);
    if (module && entry.value?.kind === 'map') {
      ranges.push(entry.range);
      task(input, module, entry.value, node, out);
    } else {
      walk(input, entry.value, out, ranges, depth + 1);
    }
  }
}

/** A plain module argument (Jinja makes it unknown). */
function arg(args: MapNode, ...keys: string[]): { text: string; node: TreeNode } | undefined {
  for (const k of keys) {
    const e = entryOf(args, k);
    const s = stringOf(e?.value);
    if (e?.value && s !== undefined) return { text: s, node: e.value };
  }
  return undefined;
}

function ownerOf(module: AnsibleModule, record: string | undefined, zone: string | undefined): string {
  const known = record !== undefined && !record.includes('{{');
  const z = zone && !zone.includes('{{') ? absoluteOwner(zone) : undefined;
  if (!known) return z ?? 'zone.invalid.';
  if (module === 'route53') return absoluteOwner(record);
  if (module === 'cloudflare_dns') {
    if (record === '@' || record === '') return z ?? '.';
    const abs = absoluteOwner(record);
    if (z && (abs === z || abs.endsWith(`.${z}`))) return abs;
    return z ? relativeOwner(record, z) : abs;
  }
  return z ? relativeOwner(record, z) : absoluteOwner(record);
}

function unquoted(text: string): boolean {
  const t = text.trim();
  return !(t.length >= 2 && t.startsWith('"') && t.endsWith('"'));
}

function task(input: DocumentInput, module: AnsibleModule, args: MapNode, taskNode: MapNode, out: AnsibleRecord[]): void {
  const state = arg(args, 'state', 'command')?.text.toLowerCase();
  if (state && state !== 'present' && state !== 'create') return;
  const typeArg = arg(args, 'type');
  const type = (typeArg?.text ?? (module === 'nsupdate' ? 'A' : '')).toUpperCase();
  if (!type || type.includes('{{')) return;
  const typeRange = typeArg?.node.range ?? args.range;
  const recordArg = arg(args, 'record', 'name');
  const zoneArg = arg(args, 'zone');
  const owner = ownerOf(module, recordArg?.text, zoneArg?.text);
  const origin = module === 'nsupdate' && zoneArg && !zoneArg.text.includes('{{') ? absoluteOwner(zoneArg.text) : '.';
  const ttlEntry = entryOf(args, 'ttl');
  const ttlValue = ttlEntry?.value?.kind === 'scalar' && typeof ttlEntry.value.value === 'number' ? ttlEntry.value.value : undefined;
  const valueEntry = entryOf(args, 'value') ?? entryOf(args, 'values') ?? entryOf(args, 'content');
  const valueNode = valueEntry?.value;
  if (!valueNode) return;
  const txt = TXT_LIKE.has(type);
  const items: { node: TreeNode; text: HostString; whole: boolean; split?: { scalar: OffsetRange; newText: string } }[] = [];
  const scalarText = (n: TreeNode) => (n.kind === 'scalar' && typeof n.value === 'string' && n.host && !n.tag ? n.host() : undefined);
  if (valueNode.kind === 'seq') {
    for (const n of valueNode.items) {
      const t = scalarText(n);
      if (t) items.push({ node: n, text: t, whole: true });
    }
  } else {
    const t = scalarText(valueNode);
    if (!t) return;
    // Ansible turns a string into a list by splitting it at commas (route53, nsupdate: `type: list`).
    if (module !== 'cloudflare_dns' && t.value.includes(',') && !t.value.includes('{{')) {
      const pieces = t.value.split(',');
      if (txt && pieces.some(unquoted)) {
        const kind = literalKind(input.text, t, false);
        const newText = `[${kind === 'yaml-other' ? `'${encodeSingleQuoted(t.value)}'` : input.text.slice(t.range.start, t.range.end)}]`;
        items.push({ node: valueNode, text: t, whole: true, split: { scalar: t.range, newText } });
      } else {
        let at = 0;
        for (const p of pieces) {
          items.push({ node: valueNode, text: sliceHostString(t, at, at + p.length), whole: false });
          at += p.length + 1;
        }
      }
    } else items.push({ node: valueNode, text: t, whole: true });
  }
  for (const { node, text: raw, whole, split } of items) {
    const text = jinjaLayer(raw);
    const dnsQuoted = text.value.trimStart().startsWith('"');
    let rdata: { text: HostString; encoding: 'presentation' | 'raw' }[];
    if (!txt) rdata = [{ text, encoding: 'presentation' }];
    else if (module === 'nsupdate') rdata = [{ text, encoding: unquoted(text.value) ? 'raw' : 'presentation' }];
    else if (dnsQuoted) rdata = [{ text, encoding: 'presentation' }];
    else if (module === 'cloudflare_dns') rdata = chunkHostString(text).map((t) => ({ text: t, encoding: 'raw' as const }));
    else rdata = [{ text, encoding: 'raw' }];
    const suppressed = withHostCodes(suppressedBefore(input.text, node.range.start) ?? suppressedBefore(input.text, taskNode.range.start), HOST_CODES);
    const kind = literalKind(input.text, raw, false);
    const inList = valueNode.kind === 'seq';
    const rewrite =
      txt && whole && !split && text.opaque.length === 0
        ? (newValue: string): OffsetEdit => {
            const body = module === 'cloudflare_dns' ? newValue : presentationText(newValue);
            const literal = writeLiteral(body, kind);
            const needsList = !inList && module !== 'cloudflare_dns' && body.includes(',');
            return { range: raw.range, newText: needsList ? `[${literal}]` : literal };
          }
        : undefined;
    out.push(
      new AnsibleRecord({
        host: 'ansible',
        uri: input.uri,
        owner,
        ...(recordArg ? { ownerRange: recordArg.node.range } : {}),
        origin,
        type,
        typeRange,
        ...(ttlValue !== undefined ? { ttl: ttlValue, ttlRange: ttlEntry!.value!.range } : {}),
        range: raw.range,
        rdata,
        provider: PROVIDER[module],
        suppressed,
        ...(rewrite ? { rewriteValue: rewrite } : {}),
        module,
        item: text,
        dnsQuoted,
        ...(split ? { commaSplit: split } : {}),
      }),
    );
  }
}
