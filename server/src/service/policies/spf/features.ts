/**
 * Hover and completion inside SPF records. Hover explains the version, each qualifier,
 * mechanism, modifier and macro from the terms table, with computed facts: the addresses an
 * ip4/ip6 network covers, the DNS lookups counted up to that term (through includes found in
 * the document), and the lookups of an include target. Completion offers the `v=spf1` skeleton
 * in an empty value, then mechanisms, qualified `all`, unused modifiers and well-known
 * provider includes.
 */
import type { PolicyCompletion, PolicyFeatureContext, PolicyFeatures, PolicyHover } from '../features';
import { coverage, formatIp4, formatIp6, hostBitsSet, networkOf } from './addresses';
import { countLookups, LOOKUP_LIMIT, lookupIn, NOWHERE, type LookupCount } from './lookups';
import { parseSpf, shapeOf, spfOf, targetName, type MacroString, type Mechanism, type SpfRecord, type Term } from './parse';
import { MACRO_LETTER_INFO, PROVIDER_INCLUDES, PROVIDER_TABLE_DATE, QUALIFIERS, SPF_TERMS, SPF_TERMS_BY_NAME, type ProviderInclude } from './terms';
import { rfc } from '../../rules/define-rule';
import { allRecordsOf } from '../../model';

const isSpace = (c: number) => c === 32 || c === 9;

function link(ref: { cite: string; href: string }): string {
  return `[${ref.cite}](${ref.href})`;
}

function providerOf(target: string | undefined): ProviderInclude | undefined {
  if (!target) return undefined;
  const name = target.endsWith('.') ? target.slice(0, -1) : target;
  return PROVIDER_INCLUDES.find((p) => p.domain === name);
}

function providerCost(p: ProviderInclude): string {
  return p.lookups !== undefined ? `about ${p.lookups} DNS lookup${p.lookups === 1 ? '' : 's'} (as published, ${PROVIDER_TABLE_DATE}; providers change their records)` : 'lookup cost not recorded';
}

function lookupsOf(context: PolicyFeatureContext, spf: SpfRecord): LookupCount {
  const { document, record } = context;
  const local = allRecordsOf(document);
  return countLookups(record, spf, { local: lookupIn(local), related: NOWHERE });
}

function macroHover(spec: MacroString, offset: number): string | undefined {
  const m = spec.macros.find((x) => x.start <= offset && offset < x.end);
  if (!m) return undefined;
  const text = spec.text.slice(m.start - spec.start, m.end - spec.start);
  if (!m.braced) return `**Macro** \`${text}\`: ${MACRO_LETTER_INFO[m.letter] ?? ''}.`;
  const parts = [`**Macro** \`${text}\`: ${MACRO_LETTER_INFO[m.letter] ?? 'unknown letter'}.`];
  if (m.written && m.written !== m.letter) parts.push('Upper case: the value is URL-escaped.');
  if (m.delimiters) parts.push(`Split into parts at \`${m.delimiters}\` (default \`.\`).`);
  if (m.reverse) parts.push('The parts are reversed.');
  if (m.digits !== undefined) parts.push(`Only the rightmost ${m.digits} part${m.digits === 1 ? '' : 's'} ${m.digits === 1 ? 'is' : 'are'} kept.`);
  parts.push(link(rfc(7208, '7')));
  return parts.join(' ');
}

function mechanismFacts(t: Mechanism): string[] {
  const facts: string[] = [];
  if ((t.name === 'ip4' || t.name === 'ip6') && t.bytes) {
    const family = t.name === 'ip4' ? 4 : 6;
    const cidr = family === 4 ? t.cidr4 : t.cidr6;
    const prefix = cidr?.value ?? (family === 4 ? 32 : 128);
    const net = networkOf(t.bytes, prefix);
    const shown = `${family === 4 ? formatIp4(net) : formatIp6(net)}/${prefix}`;
    facts.push(`Covers ${coverage(family, prefix)} (${shown}).`);
    if (hostBitsSet(t.bytes, prefix)) facts.push(`Bits beyond the prefix are ignored: this is the network \`${shown}\`.`);
  }
  if ((t.name === 'a' || t.name === 'mx') && (t.cidr4 || t.cidr6)) {
    facts.push(`Each address found is widened to /${t.cidr4?.value ?? 32} (IPv4) and /${t.cidr6?.value ?? 128} (IPv6): IPv4 ${coverage(4, t.cidr4?.value ?? 32)} per address.`);
  }
  return facts;
}

function lookupFacts(context: PolicyFeatureContext, spf: SpfRecord, t: Term): string[] {
  const info = t.type === 'mechanism' ? SPF_TERMS_BY_NAME.get(t.name) : t.type === 'modifier' && t.known ? SPF_TERMS_BY_NAME.get(t.known) : undefined;
  if (!info?.lookup) return [];
  const count = lookupsOf(context, spf);
  let sofar = 0;
  let mine: LookupCount['items'][number] | undefined;
  for (const item of count.items) {
    sofar += item.cost;
    if (item.start === t.start) {
      mine = item;
      break;
    }
  }
  if (!mine) {
    return [t.type === 'modifier' ? 'This redirect is ignored (the record has `all`), so it costs no lookup.' : 'Never evaluated (it comes after `all`), so it costs no lookup.'];
  }
  const facts: string[] = [];
  const isFollow = (t.type === 'mechanism' && t.name === 'include') || t.type === 'modifier';
  if (isFollow) {
    const target = targetName(t.type === 'mechanism' ? t.domain : t.value);
    const provider = providerOf(target);
    if (mine.loop) facts.push(`Loop: ${mine.loop.map((n) => n.slice(0, -1)).join(' → ')}.`);
    else if (mine.resolved) facts.push(`Costs ${mine.cost} DNS lookup${mine.cost === 1 ? '' : 's'} (1 for this term, ${mine.cost - 1} in the target's record in this zone).`);
    else if (provider) facts.push(`${provider.provider}: ${providerCost(provider)}. Its record is not in this zone, so only 1 is counted here.`);
    else facts.push(`Its target is not in this zone${mine.unresolvedWhy === 'uses macros' ? ' (it uses macros)' : ''}: 1 lookup counted here, and its record may add more.`);
  } else facts.push('Costs 1 DNS lookup.');
  facts.push(`DNS lookups up to and including this term: ${count.complete ? '' : 'at least '}${sofar} of ${LOOKUP_LIMIT}; whole record: ${count.complete ? '' : 'at least '}${count.total}.`);
  return facts;
}

function termHover(context: PolicyFeatureContext, spf: SpfRecord, t: Term, offset: number): string {
  if (t.type === 'unknown') return `**Not an SPF term**: \`${t.text}\`. A term is a mechanism (${SPF_TERMS.filter((x) => x.kind === 'mechanism').map((x) => `\`${x.name}\``).join(', ')}) with an optional qualifier, or a modifier \`name=value\`. ${link(rfc(7208, '4.6.1'))}`;
  if (t.type === 'mechanism' && t.qualifier && offset === t.start) {
    const q = QUALIFIERS[t.qualifier]!;
    return `**Qualifier** \`${t.qualifier}\` (${q.result}): when the mechanism matches, ${q.meaning}. ${link(rfc(7208, '4.6.2'))}`;
  }
  const spec = t.type === 'mechanism' ? t.domain : t.value;
  const macro = spec ? macroHover(spec, offset) : undefined;
  if (macro) return macro;
  if (t.type === 'modifier' && !t.known) {
    const note = t.asMechanism ? ` It looks like the \`${t.asMechanism}\` mechanism written with \`=\`: write \`${t.asMechanism}:\`.` : '';
    return `**Unknown modifier** \`${t.name}=\`: receivers ignore it (${link(rfc(7208, '6'))}).${note}`;
  }
  const info = SPF_TERMS_BY_NAME.get(t.type === 'mechanism' ? t.name : t.known!)!;
  const lines = [`**${info.name}** ${info.kind} — \`${info.syntax}\``, '', info.description];
  if (info.defaults) lines.push('', `Default: ${info.defaults}`);
  if (t.type === 'mechanism') {
    const q = QUALIFIERS[t.qualifier ?? '+']!;
    lines.push('', `Result when it matches: **${q.result}** (${t.qualifier ? `\`${t.qualifier}\`` : 'no qualifier means `+`'}).`);
    for (const f of mechanismFacts(t)) lines.push('', f);
  }
  if (t.type === 'modifier' && t.known === 'redirect' && shapeOf(spf).all) lines.push('', 'Ignored here: the record has an `all` mechanism.');
  for (const f of lookupFacts(context, spf, t)) lines.push('', f);
  lines.push('', link(info.reference));
  return lines.join('\n');
}

function versionHover(context: PolicyFeatureContext, spf: SpfRecord): string {
  const count = lookupsOf(context, spf);
  const shape = shapeOf(spf);
  const lines = [
    '**SPF record** `v=spf1` — which hosts may send mail with this domain in the envelope sender (and HELO).',
    '',
    `DNS lookups: ${count.complete ? '' : 'at least '}${count.total} of ${LOOKUP_LIMIT}${count.unresolved.length > 0 ? ` (not counted: ${count.unresolved.map((u) => `\`${u}\``).join(', ')}; their records may add more)` : ''}.`,
  ];
  if (shape.all) lines.push('', `Everyone else: **${QUALIFIERS[shape.all.qualifier ?? '+']!.result}** (\`${shape.all.text}\`).`);
  else if (shape.redirects[0]) lines.push('', `Everyone else: decided by \`${shape.redirects[0].text}\`.`);
  else lines.push('', 'Everyone else: **neutral** (no `all`, no `redirect`).');
  lines.push('', link(rfc(7208, '4.5')));
  return lines.join('\n');
}

function hover(context: PolicyFeatureContext, offset: number): PolicyHover | undefined {
  const spf = spfOf(context.record);
  if (!spf) return undefined;
  if (offset < spf.versionEnd) return { contents: versionHover(context, spf), start: 0, end: spf.versionEnd };
  const t = spf.terms.find((x) => x.start <= offset && offset < x.end) ?? spf.terms.find((x) => x.end === offset);
  if (!t) return undefined;
  const contents = termHover(context, spf, t, offset);
  const spec = t.type === 'mechanism' ? t.domain : t.type === 'modifier' ? t.value : undefined;
  const macro = spec?.macros.find((x) => x.start <= offset && offset < x.end);
  if (macro) return { contents, start: macro.start, end: macro.end };
  if (t.type === 'mechanism' && t.qualifier && offset === t.start) return { contents, start: t.start, end: t.start + 1 };
  return { contents, start: t.start, end: t.end };
}

function wordAt(text: string, offset: number): { start: number; end: number } {
  let start = offset;
  while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
  let end = offset;
  while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
  return { start, end };
}

function providerItems(prefix: string, start: number, end: number): PolicyCompletion[] {
  return PROVIDER_INCLUDES.map((p, i) => ({
    label: `${prefix}${p.domain}`,
    kind: 'value' as const,
    detail: `${p.provider}: ${providerCost(p)}`,
    documentation: `Authorises the servers of ${p.provider}. Each include costs DNS lookups toward the limit of ${LOOKUP_LIMIT} (${link(rfc(7208, '4.6.4'))}).`,
    insertText: `${prefix}${p.domain}`,
    sortText: `3${String(i).padStart(2, '0')}`,
    start,
    end,
  }));
}

function complete(context: PolicyFeatureContext, offset: number): PolicyCompletion[] {
  const text = context.value.text;
  const word = wordAt(text, offset);
  const typed = text.slice(word.start, offset);
  // An empty value, or the start of one: the record skeleton.
  if (word.start === 0 && !spfOf(context.record)) {
    if (!'v=spf1'.startsWith(typed.toLowerCase())) return [];
    return [
      {
        label: 'v=spf1 … -all',
        kind: 'snippet',
        detail: 'SPF record',
        documentation: `Lists the hosts that may send mail for this domain and fails everyone else. ${link(rfc(7208, '4.5'))}`,
        insertText: 'v=spf1 ${1:mx} ${2:include:_spf.example.net} -all',
        snippet: true,
        start: word.start,
        end: word.end,
      },
      {
        label: 'v=spf1 -all',
        kind: 'snippet',
        detail: 'SPF record of a domain that sends no mail',
        documentation: 'No host may send mail for this domain (for parked domains and names that never send).',
        insertText: 'v=spf1 -all',
        start: word.start,
        end: word.end,
      },
    ];
  }
  if (word.start < 6) return [];
  const spf = spfOf(context.record) ?? parseSpf(text);
  const colon = typed.indexOf(':');
  if (colon >= 0) {
    const name = typed.slice(0, colon).replace(/^[+\-~?]/, '').toLowerCase();
    if (name === 'include') return providerItems(typed.slice(0, colon + 1), word.start, word.end);
    return [];
  }
  if (typed.includes('=')) return [];
  const shape = shapeOf(spf);
  const used = new Set<string>();
  for (const t of spf.terms) if (t.type === 'modifier' && t.known && (t.start !== word.start)) used.add(t.known);
  const hasAll = !!shape.all && shape.all.start !== word.start;
  const items: PolicyCompletion[] = [];
  const qualifier = typed.length > 0 && '+-~?'.includes(typed[0]!) ? typed[0]! : '';
  SPF_TERMS.forEach((info, i) => {
    if (info.kind === 'modifier' && (used.has(info.name) || qualifier)) return;
    if (info.name === 'all') {
      if (hasAll) return;
      for (const q of ['-', '~']) {
        if (qualifier && qualifier !== q) continue;
        items.push({
          label: `${q}all`,
          kind: 'keyword',
          detail: `${QUALIFIERS[q]!.result} for every other sender`,
          documentation: `${info.description}\n\n${link(info.reference)}`,
          insertText: `${q}all`,
          sortText: q === '-' ? '000' : '001',
          start: word.start,
          end: word.end,
        });
      }
      return;
    }
    const snippet = info.snippet.includes('$');
    items.push({
      label: info.kind === 'modifier' ? `${info.name}=` : info.snippet.includes(':') ? `${info.name}:` : info.name,
      kind: info.kind === 'modifier' ? 'property' : 'keyword',
      detail: `${info.syntax}${info.lookup ? ' (1 DNS lookup)' : ''}${info.name === 'ptr' ? ' — not recommended' : ''}`,
      documentation: `${info.description}\n\n${link(info.reference)}`,
      insertText: qualifier + info.snippet,
      ...(snippet ? { snippet: true } : {}),
      sortText: info.name === 'ptr' ? '9' : `1${String(i).padStart(2, '0')}`,
      start: word.start,
      end: word.end,
    });
  });
  if (!qualifier || qualifier === '+') items.push(...providerItems(`${qualifier}include:`, word.start, word.end));
  return items;
}

export const spfFeatures: PolicyFeatures = { hover, complete };

