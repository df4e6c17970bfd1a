/**
 * The Terraform / OpenTofu host adapter: `.tf` and `.tofu` files (HCL native syntax). A cheap
 * probe skips files with no DNS record resource; others are parsed with the small HCL parser in
 * `hcl/` and each record resource becomes record sites through its provider module. Syntax
 * problems are reported only inside record resources (they are what blocks extraction).
 */
import { iacDocument } from '../iac/document';
import type { DocumentInput, ParsedDocument, Problem, RecordSite } from '../../model';
import type { HostAdapter } from '../host';
import { parseHcl } from './hcl/parser';
import { ZoneIndex } from './zones';
import { suppressionTargets } from './suppress';
import { TERRAFORM_CODES } from './codes';
import type { BuildContext } from './providers/common';
import { route53Records } from './providers/route53';
import { cloudflareRecords } from './providers/cloudflare';
import { googleRecords } from './providers/google';
import { azureRecords } from './providers/azure';
import type { HclBlock } from './hcl/parser';

export const TERRAFORM_LANGUAGES: ReadonlySet<string> = new Set(['terraform', 'opentofu', 'tofu', 'hcl']);

type Builder = (ctx: BuildContext, block: HclBlock) => void;

const RECORD_RESOURCES: Record<string, Builder> = {
  aws_route53_record: route53Records,
  cloudflare_record: cloudflareRecords,
  cloudflare_dns_record: cloudflareRecords,
  google_dns_record_set: googleRecords,
  azurerm_dns_txt_record: (ctx, block) => azureRecords(ctx, block, 'TXT'),
  azurerm_dns_mx_record: (ctx, block) => azureRecords(ctx, block, 'MX'),
};

const RESOURCE_NAMES = Object.keys(RECORD_RESOURCES);

/**
 * Codes the provider rules report instead, with provider-specific fixes: the generic split fix
 * writes zone-file syntax, which is not valid inside an HCL string.
 */
const PROVIDER_HANDLED = ['txt/string-too-long'];

function path(uri: string): string {
  return (uri.split(/[?#]/, 1)[0] ?? uri).toLowerCase();
}

/** True when the URI names a Terraform or OpenTofu file (`.tf`, `.tofu`; not `.tf.json`). */
export function isTerraformFileName(uri: string): boolean {
  const p = path(uri);
  return p.endsWith('.tf') || p.endsWith('.tofu');
}

/** True when the text mentions a record resource type at all (the cheap probe). */
export function mentionsRecordResource(text: string): boolean {
  return RESOURCE_NAMES.some((name) => text.includes(name));
}

export function parseTerraform(input: DocumentInput): ParsedDocument {
  const text = input.text;
  if (!mentionsRecordResource(text)) return iacDocument(input, 'terraform');
  const file = parseHcl(text);
  const zones = new ZoneIndex(text, file.body);
  const targets = suppressionTargets(text, file.comments);
  const records: RecordSite[] = [];
  const zonesSeen = new Set<string | undefined>();
  const recordBlocks: HclBlock[] = [];
  const ctx: BuildContext = {
    text,
    uri: input.uri,
    zones,
    suppressedAt(type, offsets) {
      const out = new Set<string>();
      for (const o of offsets) {
        const codes = targets.get(o);
        if (codes) for (const c of codes) out.add(c);
      }
      if (type === 'TXT' || type === 'SPF') for (const code of PROVIDER_HANDLED) out.add(code);
      return out;
    },
    add(record, zone) {
      records.push(record);
      zonesSeen.add(zone);
    },
  };
  for (const item of file.body) {
    if (item.kind !== 'block' || item.type !== 'resource' || item.labels.length < 2) continue;
    const build = RECORD_RESOURCES[item.labels[0]!.value];
    if (!build) continue;
    recordBlocks.push(item);
    build(ctx, item);
  }
  const problems: Problem[] = [];
  for (const p of file.problems) {
    if (!recordBlocks.some((b) => p.start >= b.range.start && p.start <= b.range.end)) continue;
    problems.push({ code: TERRAFORM_CODES.syntax, range: { start: p.start, end: p.end }, message: p.message });
  }
  const only = zonesSeen.size === 1 ? [...zonesSeen][0] : undefined;
  return iacDocument(input, 'terraform', records, problems, only ? `${only}.` : undefined);
}

export const terraformHost: HostAdapter = {
  id: 'terraform',
  matches(input: DocumentInput): boolean {
    if (input.languageId !== undefined && TERRAFORM_LANGUAGES.has(input.languageId)) return true;
    if (input.languageId !== undefined && input.languageId !== 'plaintext') return false;
    return isTerraformFileName(input.uri);
  },
  parse: (input) => parseTerraform(input),
};
