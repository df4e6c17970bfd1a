/**
 * Record sites of a CloudFormation template: every `AWS::Route53::RecordSet` resource and every
 * record set of an `AWS::Route53::RecordSetGroup` (`RecordSets`). Each `ResourceRecords` item is
 * one resource record, read as zone presentation text (Route 53 wants TXT strings in DNS quotes:
 * `'"v=spf1 -all"'`); an unquoted TXT item is read as one raw string, as it was meant.
 */
import type { OffsetEdit, OffsetRange } from '../../model';
import type { HostString } from '../iac/host-string';
import { absoluteOwner } from '../yaml-json/iac-document';
import { literalKind, presentationText, writeLiteral } from '../yaml-json/scalar-edit';
import { entryOf, itemsOf, stringOf, valueOf, type MapNode, type TreeNode } from '../yaml-json/tree';
import { suppressedBefore, withHostCodes } from '../yaml-json/suppress';
import { CloudFormationRecord } from './record';
import { isIntrinsic, stringValue } from './intrinsics';

export const RECORD_SET = 'AWS::Route53::RecordSet';
export const RECORD_SET_GROUP = 'AWS::Route53::RecordSetGroup';

const TXT_LIKE = new Set(['TXT', 'SPF']);

/** `cloudformation/string-too-long` reports long strings with the Route 53 split; zone-file-only checks do not apply. */
const HOST_CODES = ['txt/string-too-long'];

export interface Extracted {
  readonly records: CloudFormationRecord[];
  /** Ranges of the record-set resources (parse errors inside them block extraction). */
  readonly resourceRanges: OffsetRange[];
  readonly zoneOrigin: string | undefined;
}

interface Context {
  readonly text: string;
  readonly uri: string;
  readonly json: boolean;
  readonly out: CloudFormationRecord[];
}

/** Owner prefixes for a name whose leftmost labels are not known: receivers' homes by content. */
function inferredPrefix(value: string): string {
  const v = value.replace(/^"/, '').toLowerCase();
  if (v.startsWith('v=dmarc1')) return '_dmarc.';
  if (v.startsWith('v=dkim1') || /^k=(?:rsa|ed25519)/.test(v)) return 'selector._domainkey.';
  if (v.startsWith('v=bimi1')) return 'default._bimi.';
  if (v.startsWith('v=stsv1')) return '_mta-sts.';
  if (v.startsWith('v=tlsrptv1')) return '_smtp._tls.';
  return '';
}

/** The owner of a record set: a plain name, or a `!Sub` whose interpolations become placeholder labels. */
function ownerOf(node: TreeNode | undefined, firstValue: string, zone: string | undefined): { owner: string; range?: OffsetRange } {
  const rest = zone ? absoluteOwner(zone) : 'zone.invalid.';
  const plain = stringOf(node);
  if (plain !== undefined && node) return { owner: absoluteOwner(plain), range: node.range };
  const sub = stringValue(node);
  if (sub && node) {
    const v = sub.text.value;
    const opaque = sub.text.opaque;
    if (opaque.length === 0) return { owner: absoluteOwner(v), range: node.range };
    // `_dmarc.${Domain}`: the known labels stay, each interpolation stands for unknown labels.
    const firstOpaque = opaque[0]!;
    const prefix = v.slice(0, firstOpaque.start);
    if (prefix.length > 0 && prefix.endsWith('.')) return { owner: `${prefix.toLowerCase()}${rest}`, range: node.range };
    return { owner: `${inferredPrefix(firstValue)}${rest}`, range: node.range };
  }
  return { owner: `${inferredPrefix(firstValue)}${rest}`, ...(node ? { range: node.range } : {}) };
}

function ttlOf(node: TreeNode | undefined): { ttl?: number; range?: OffsetRange } {
  if (!node || node.kind !== 'scalar' || node.tag) return {};
  const n = typeof node.value === 'number' ? node.value : typeof node.value === 'string' && /^\d{1,10}$/.test(node.value) ? Number(node.value) : undefined;
  return n === undefined ? {} : { ttl: n, range: node.range };
}

function rewriter(ctx: Context, item: HostString, hasOpaque: boolean): ((newValue: string) => OffsetEdit | undefined) | undefined {
  if (hasOpaque) return undefined;
  const kind = literalKind(ctx.text, item, ctx.json);
  return (newValue) => ({ range: item.range, newText: writeLiteral(presentationText(newValue), kind) });
}

function recordSet(ctx: Context, set: MapNode, zoneNode: TreeNode | undefined, siteRange: OffsetRange): void {
  if (entryOf(set, 'AliasTarget')) return;
  const typeNode = valueOf(set, 'Type');
  const type = stringOf(typeNode)?.toUpperCase();
  if (!type || !typeNode) return;
  const items = itemsOf(valueOf(set, 'ResourceRecords'));
  const zone = stringOf(valueOf(set, 'HostedZoneName') ?? zoneNode);
  const { ttl, range: ttlRange } = ttlOf(valueOf(set, 'TTL'));
  for (const itemNode of items) {
    if (isIntrinsic(itemNode) && !stringValue(itemNode)) continue; // `!Ref`, `!Join`...: nothing to check
    const value = stringValue(itemNode);
    if (!value) continue;
    const item = value.text;
    const trimmed = item.value.trimStart();
    const dnsQuoted = trimmed.startsWith('"');
    const txt = TXT_LIKE.has(type);
    const encoding = txt && !dnsQuoted ? 'raw' : 'presentation';
    const { owner, range: ownerRange } = ownerOf(valueOf(set, 'Name'), trimmed, zone);
    const suppressed = withHostCodes(suppressedBefore(ctx.text, itemNode.range.start) ?? suppressedBefore(ctx.text, siteRange.start), HOST_CODES);
    const rewrite = txt ? rewriter(ctx, item, item.opaque.length > 0) : undefined;
    ctx.out.push(
      new CloudFormationRecord({
        host: 'cloudformation',
        uri: ctx.uri,
        owner,
        ...(ownerRange ? { ownerRange } : {}),
        origin: '.',
        type,
        typeRange: typeNode.range,
        ...(ttl !== undefined ? { ttl } : {}),
        ...(ttlRange ? { ttlRange } : {}),
        range: itemNode.range,
        rdata: [{ text: item, encoding }],
        provider: 'route53',
        suppressed,
        ...(rewrite ? { rewriteValue: rewrite } : {}),
        item,
        dnsQuoted,
      }),
    );
  }
}

/** Every record of the template rooted at `root`. */
export function extractTemplate(text: string, uri: string, root: TreeNode | undefined, json: boolean): Extracted {
  const ctx: Context = { text, uri, json, out: [] };
  const resourceRanges: OffsetRange[] = [];
  let zoneOrigin: string | undefined;
  const resources = valueOf(root, 'Resources');
  if (!resources || resources.kind !== 'map') return { records: ctx.out, resourceRanges, zoneOrigin };
  for (const entry of resources.entries) {
    const resource = entry.value;
    const type = stringOf(valueOf(resource, 'Type'));
    if (type !== RECORD_SET && type !== RECORD_SET_GROUP) continue;
    resourceRanges.push(entry.range);
    const props = valueOf(resource, 'Properties');
    if (!props || props.kind !== 'map') continue;
    const zoneNode = valueOf(props, 'HostedZoneName');
    const zone = stringOf(zoneNode);
    if (zone && !zoneOrigin) zoneOrigin = absoluteOwner(zone);
    if (type === RECORD_SET) {
      recordSet(ctx, props, undefined, entry.range);
      continue;
    }
    for (const set of itemsOf(valueOf(props, 'RecordSets'))) {
      if (set.kind !== 'map') continue;
      const setZone = stringOf(valueOf(set, 'HostedZoneName'));
      if (setZone && !zoneOrigin) zoneOrigin = absoluteOwner(setZone);
      recordSet(ctx, set, zoneNode, set.range);
    }
  }
  return { records: ctx.out, resourceRanges, zoneOrigin };
}
