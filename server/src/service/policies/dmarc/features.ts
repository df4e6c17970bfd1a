/**
 * Hover and completion inside DMARC records (and `_report._dmarc` authorisation records), driven
 * by the tag table in `tags.ts`: what a tag or value means under RFC 9989 and RFC 7489, its
 * default, the RFC links, and facts computed from the record (effective policies, report sizes,
 * what `t=y` or `pct` do with this `p`).
 */
import type { PolicyCompletion, PolicyFeatureContext, PolicyFeatures, PolicyHover } from '../features';
import type { Tag } from '../tag-list';
import { dmarcOf, parseDmarc, parseUriList, policyDomain, type DmarcRecord } from './parse';
import { DMARC_TAGS, dmarcTag, link, POLICY_ORDER, RFC9989_TAGS, type DmarcTagInfo } from './tags';
import { formatBytes } from './rules/size-limit';

function recordOf(context: PolicyFeatureContext): DmarcRecord {
  return dmarcOf(context.record) ?? parseDmarc(context.value.text);
}

function references(info: DmarcTagInfo): string {
  return info.reference.href === info.legacyReference.href ? link(info.reference) : `${link(info.reference)} · ${link(info.legacyReference)}`;
}

function tagHoverText(info: DmarcTagInfo): string {
  const lines = [`**${info.name}** — ${info.title}${info.removed ? ' (removed in RFC 9989)' : info.added ? ' (new in RFC 9989)' : ''}`, '', `\`${info.syntax}\``, '', info.description];
  if (info.legacy) lines.push('', `RFC 7489: ${info.legacy}`);
  if (info.default) lines.push('', `Default: ${info.default.includes(' ') ? info.default : `\`${info.default}\``}.`);
  lines.push('', references(info));
  return lines.join('\n');
}

/** Facts computed from the whole record, for the value hover of a tag. */
function facts(dmarc: DmarcRecord, tag: Tag, context: PolicyFeatureContext): string[] {
  const name = tag.name.toLowerCase();
  const value = tag.value.toLowerCase();
  const get = (n: string) => dmarc.byName.get(n)?.value.toLowerCase();
  const out: string[] = [];
  const p = get('p');
  const valid = (v: string | undefined) => (v !== undefined && POLICY_ORDER.includes(v) ? v : undefined);
  if (name === 'p' || name === 'sp' || name === 'np') {
    const pv = valid(p) ?? 'none';
    const sp = valid(get('sp')) ?? pv;
    const np = valid(get('np')) ?? sp;
    out.push(`Effective: domain \`${pv}\`, subdomains \`${sp}\`, non-existent subdomains \`${np}\` (RFC 7489 receivers use \`${sp}\` for those).`);
    if (get('t') === 'y') {
      const weaker = (v: string) => POLICY_ORDER[Math.max(0, POLICY_ORDER.indexOf(v) - 1)];
      out.push(`\`t=y\`: RFC 9989 receivers apply \`${weaker(pv)}\` instead of \`${pv}\`.`);
    }
  }
  if (name === 'pct' && /^\d{1,3}$/.test(value)) {
    const pct = Number(value);
    const pv = valid(p) ?? 'none';
    const weaker = POLICY_ORDER[Math.max(0, POLICY_ORDER.indexOf(pv) - 1)];
    if (pct >= 100) out.push('`pct=100` is the default: the policy applies to all failing mail. Remove it.');
    else if (pct === 0) out.push(`RFC 7489 receivers apply \`${weaker}\` instead of \`${pv}\` to all failing mail; RFC 9989 writes this as \`t=y\`.`);
    else out.push(`RFC 7489 receivers apply \`${pv}\` to ${pct}% of failing mail and \`${weaker}\` to the rest; RFC 9989 has no partial roll-out (use \`t=y\` while testing).`);
  }
  if (name === 'fo') {
    for (const item of tag.value.split(':')) {
      const v = dmarcTag('fo')!.values!.find((x) => x.value === item.trim().toLowerCase());
      if (v) out.push(`- \`${v.value}\`: ${v.description}`);
    }
    if (!dmarc.byName.has('ruf')) out.push('', 'No `ruf=` in this record: no failure reports are sent, so `fo` has no effect.');
  }
  if (name === 'ri' && /^\d{1,10}$/.test(value)) {
    const s = Number(value);
    out.push(`${s} seconds = ${s % 3600 === 0 ? `${s / 3600} hours` : `${Math.round(s / 60)} minutes`}; receivers only had to support daily reports.`);
  }
  if (name === 'rua' || name === 'ruf') {
    const policy = policyDomain(context.record.owner);
    for (const uri of parseUriList(dmarc.text, tag).uris) {
      const parts = [`\`${uri.text}\``];
      if (uri.scheme === undefined) parts.push('is not a URI (add `mailto:`)');
      else if (uri.domain) {
        const external = policy && uri.domain !== policy && !uri.domain.endsWith(`.${policy}`) && !policy.endsWith(`.${uri.domain}`);
        parts.push(external ? `→ \`${uri.domain}\`, outside \`${policy}\`: needs \`${policy}._report._dmarc.${uri.domain}\` TXT \`v=DMARC1\`` : `→ \`${uri.domain}\``);
      }
      if (uri.sizeBytes !== undefined) parts.push(`; reports up to ${formatBytes(uri.sizeBytes)} (RFC 7489 size limit, dropped in RFC 9989)`);
      out.push(`- ${parts.join(' ')}`);
    }
  }
  return out;
}

function hover(context: PolicyFeatureContext, offset: number): PolicyHover | undefined {
  const dmarc = recordOf(context);
  const tag = dmarc.tags.find((t) => t.start <= offset && offset <= t.end);
  if (!tag) return undefined;
  const info = dmarcTag(tag.name);
  if (!info) {
    return { contents: `**${tag.name}** is not a DMARC tag: receivers ignore it.\n\n${link(RFC9989_TAGS)}`, start: tag.nameStart, end: tag.nameEnd };
  }
  if (offset <= tag.equals) return { contents: tagHoverText(info), start: tag.nameStart, end: tag.nameEnd };
  const lines = [`**${info.name}=${tag.value}** — ${info.title}`];
  if (!info.colonList) {
    const v = info.values?.find((x) => (info.name === 'v' ? x.value === tag.value : x.value === tag.value.toLowerCase()));
    if (v) lines.push('', v.description);
    else if (info.values) lines.push('', `Not a valid value: use ${info.values.map((x) => `\`${x.value}\``).join(', ')}.`);
  }
  const computed = facts(dmarc, tag, context);
  if (computed.length > 0) lines.push('', ...computed);
  if (info.removed) lines.push('', `Removed in RFC 9989, still honoured by RFC 7489 receivers. RFC 7489: ${info.legacy}`);
  if (info.added) lines.push('', `New in RFC 9989. RFC 7489: ${info.legacy}`);
  if (info.default) lines.push('', `Default: ${info.default.includes(' ') ? info.default : `\`${info.default}\``}.`);
  lines.push('', references(info));
  return { contents: lines.join('\n'), start: tag.valueStart, end: Math.max(tag.valueEnd, tag.valueStart) };
}

const SKELETON = 'v=DMARC1; p=${1|none,quarantine,reject|}; rua=mailto:${2:dmarc-reports@example.com}';

function isWsp(c: number): boolean {
  return c === 32 || c === 9;
}

function complete(context: PolicyFeatureContext, offset: number): PolicyCompletion[] {
  const text = context.value.text;
  const report = context.classification.kind === 'dmarc-report';
  // An empty value: the record skeleton.
  if (text.trim() === '') {
    const domain = policyDomain(context.record.owner);
    const skeleton = domain ? SKELETON.replace('example.com', domain) : SKELETON;
    return [
      report
        ? { label: 'v=DMARC1', kind: 'snippet', detail: 'DMARC report authorisation record', insertText: 'v=DMARC1', start: 0, end: text.length }
        : {
            label: 'v=DMARC1; p=…; rua=mailto:…',
            kind: 'snippet',
            detail: 'DMARC policy record',
            documentation: 'A DMARC record with a policy and an aggregate report address. Start with `p=none`, read the reports, then move to `quarantine` and `reject`.',
            insertText: skeleton,
            snippet: true,
            start: 0,
            end: text.length,
          },
    ];
  }
  // The tag-spec around the cursor.
  let specStart = offset;
  while (specStart > 0 && text.charCodeAt(specStart - 1) !== 59) specStart--;
  const before = text.slice(specStart, offset);
  const eq = before.indexOf('=');
  if (eq < 0) {
    // A tag name: the names not used yet (removed tags are not offered).
    let wordStart = offset;
    while (wordStart > specStart && !isWsp(text.charCodeAt(wordStart - 1))) wordStart--;
    if (text.slice(specStart, wordStart).trim() !== '') return [];
    let wordEnd = offset;
    while (wordEnd < text.length && /[A-Za-z0-9_]/.test(text[wordEnd]!)) wordEnd++;
    const dmarc = recordOf(context);
    const used = new Set(dmarc.tags.filter((t) => !(t.nameStart <= offset && offset <= t.nameEnd)).map((t) => t.name.toLowerCase()));
    return DMARC_TAGS.filter((t) => !t.removed && !used.has(t.name)).map((t, i) => ({
      label: t.name,
      kind: 'property' as const,
      detail: t.title,
      documentation: tagHoverText(t),
      insertText: `${t.name}=`,
      sortText: String(i).padStart(2, '0'),
      start: wordStart,
      end: wordEnd,
    }));
  }
  const name = before.slice(0, eq).trim().toLowerCase();
  const info = dmarcTag(name);
  if (!info) return [];
  // The word being typed: after `=`, or after the last `:` in `fo`, or `,` in `rua`/`ruf`.
  const seps = info.colonList ? ':' : name === 'rua' || name === 'ruf' ? ',' : '';
  let wordStart = offset;
  while (wordStart > specStart + eq + 1 && !isWsp(text.charCodeAt(wordStart - 1)) && !seps.includes(text[wordStart - 1]!)) wordStart--;
  let wordEnd = offset;
  while (wordEnd < text.length && text.charCodeAt(wordEnd) !== 59 && !isWsp(text.charCodeAt(wordEnd)) && !seps.includes(text[wordEnd]!)) wordEnd++;
  if (name === 'rua' || name === 'ruf') {
    const domain = policyDomain(context.record.owner) ?? 'example.com';
    return [
      {
        label: 'mailto:',
        kind: 'value',
        detail: name === 'rua' ? 'Aggregate reports by email' : 'Failure reports by email',
        insertText: `mailto:${name === 'rua' ? 'dmarc-reports' : 'dmarc-failures'}@${domain}`,
        start: wordStart,
        end: wordEnd,
      },
    ];
  }
  if (!info.values) return [];
  const taken = info.colonList ? new Set(text.slice(specStart + eq + 1, wordStart).split(':').map((s) => s.trim().toLowerCase())) : new Set<string>();
  return info.values
    .filter((v) => !taken.has(v.value))
    .map((v, i) => ({
      label: v.value,
      kind: 'value' as const,
      detail: `${info.name}=${v.value}`,
      documentation: v.description,
      sortText: String(i).padStart(2, '0'),
      start: wordStart,
      end: wordEnd,
    }));
}

export const dmarcFeatures: PolicyFeatures = { hover, complete };
