/**
 * Hover: explains the token under the cursor in a zone file: RR type (summary, layout, RFC),
 * RDATA field (name, description, computed facts), TTL, class, owner and directives. Facts come
 * from the tables in `records/`.
 */
import type { Directive, OffsetRange, ParsedDocument, RdataToken, RecordSite } from '../model';
import { directiveInfo } from '../records/directives';
import { absoluteName, isAbsolute } from '../records/names';
import { RR_CLASSES, canonicalClassName, rrTypeByName } from '../records/rr-types';
import { fieldLayout, isRestKind, rdataSpec, SVC_PARAM_KEYS, type RdataField, type RdataSpec } from '../records/rdata-fields';
import { parseAlgorithm, parseInRange } from '../records/rdata/scalars';
import { formatTtl, parseTtl } from '../records/ttl';
import { rfc, type RuleReference } from '../rules/define-rule';
import { policyHover } from '../policies/features';
import { recordAt, within } from './record-at';
import { policyFileHover } from '../policies/mta-sts/policy-file/hover';
import { featureView } from './record-site-guard';

export interface ServiceHover {
  /** Markdown. */
  readonly contents: string;
  readonly range: OffsetRange;
}


export function hover(whole: ParsedDocument, offset: number): ServiceHover | undefined {
  // In IaC documents Zonemail speaks only inside a record's value.
  const document = featureView(whole, offset);
  if (!document) return undefined;
  if (document.host === 'mta-sts-policy') return policyFileHover(document, offset);
  for (const d of document.directives) {
    if (within(d.range, offset)) return directiveHover(d, offset);
  }
  const record = recordAt(document.records, offset);
  return record ? recordHover(document, record, offset) : undefined;
}

function directiveHover(d: Directive, offset: number): ServiceHover | undefined {
  const info = directiveInfo(d.name);
  const arg = d.args.find((a) => within(a.range, offset));
  if (arg && info?.name === '$TTL') {
    const ttl = parseTtl(arg.text);
    if ('seconds' in ttl) return { range: arg.range, contents: `**Default TTL** ${ttlText(ttl.seconds)}` };
  }
  if (arg && info?.name === '$ORIGIN' && d.args[0] === arg) {
    return { range: arg.range, contents: `**Origin** \`${absoluteName(arg.text, '.')}\`\n\nRelative names below this line end in this name.` };
  }
  if (!info) return undefined;
  return {
    range: within(d.nameRange, offset) ? d.nameRange : arg?.range ?? d.nameRange,
    contents: `**${info.name}** (${info.reference})\n\n\`${info.syntax}\`\n\n${info.description}`,
  };
}

const ttlText = (seconds: number) => `${seconds} second${seconds === 1 ? '' : 's'}${seconds >= 60 ? ` (${formatTtl(seconds)})` : ''}`;

function recordHover(document: ParsedDocument, record: RecordSite, offset: number): ServiceHover | undefined {
  if (within(record.ownerRange, offset)) {
    const written = record.ownerText ?? '';
    const note = written === '@' ? `\n\n\`@\` stands for the origin.` : isAbsolute(written) ? '' : `\n\nRelative to the origin \`${record.origin}\`.`;
    return { range: record.ownerRange, contents: `**Owner** \`${record.owner}\`${note}` };
  }
  if (within(record.ttlRange, offset) && record.ttl !== undefined) {
    return { range: record.ttlRange, contents: `**TTL** ${ttlText(record.ttl)}\n\nHow long resolvers may cache this record.` };
  }
  if (within(record.typeRange, offset)) return typeHover(record);
  const policy = policyHover(document, record, offset);
  if (policy) return policy;
  const rdata = record.rdata;
  const index = rdata.findIndex((t) => within(t.range, offset));
  if (index >= 0) return rdataHover(record, rdata[index]!, index);
  const cls = classTokenAt(document.text, record, offset);
  if (cls) {
    const info = RR_CLASSES.find((c) => c.name === canonicalClassName(cls.text));
    return { range: cls.range, contents: `**Class ${info?.name ?? cls.text.toUpperCase()}**${info ? `: ${info.summary}` : ''}\n\nNearly every record uses \`IN\` (RFC 1035 §3.2.4).` };
  }
  return undefined;
}

/** A class word between the owner and the type (the model keeps no class range). */
function classTokenAt(text: string, record: RecordSite, offset: number): { text: string; range: OffsetRange } | undefined {
  const from = record.ownerRange?.end ?? record.range.start;
  const to = record.typeRange.start;
  if (offset < from || offset > to) return undefined;
  let start = offset;
  while (start > from && !isSpace(text.charCodeAt(start - 1))) start--;
  let end = offset;
  while (end < to && !isSpace(text.charCodeAt(end))) end++;
  const word = text.slice(start, end);
  return word && canonicalClassName(word) ? { text: word, range: { start, end } } : undefined;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 40 || c === 41;

/** A reference for a citation such as `RFC 1035 §3.3.9`. */
function referenceOf(cite: string): RuleReference | undefined {
  if (!cite.startsWith('RFC ')) return undefined;
  const [num, section] = cite.slice(4).split(' §');
  const n = parseInRange(num ?? '', 99999);
  return n === undefined ? undefined : rfc(n, section);
}

const link = (ref: RuleReference | undefined, fallback: string) => (ref ? `[${ref.cite}](${ref.href})` : fallback);

function typeHover(record: RecordSite): ServiceHover {
  const info = rrTypeByName(record.type);
  const spec = rdataSpec(record.type);
  const parts = [`**${record.type}**${info ? `: ${info.summary}` : ''}`];
  if (info?.obsolete) parts.push('This type is obsolete or experimental; do not publish it.');
  if (spec) {
    parts.push(`\`${fieldLayout(spec)}\``);
    parts.push(spec.fields.map((f) => `- \`${f.name}\`: ${f.description}`).join('\n'));
  }
  if (info) parts.push(link(spec?.reference ?? referenceOf(info.rfc), info.rfc));
  return { range: record.typeRange, contents: parts.join('\n\n') };
}

/** The field each RDATA token belongs to. */
function fieldOf(spec: RdataSpec, index: number): RdataField | undefined {
  for (let i = 0; i < spec.fields.length; i++) {
    const f = spec.fields[i]!;
    if (isRestKind(f.kind) || i === index) return i <= index ? f : undefined;
  }
  return undefined;
}

function rdataHover(record: RecordSite, token: RdataToken, index: number): ServiceHover | undefined {
  const range = token.range;
  if (record.generic) {
    const what = index === 0 ? '`\\#` marks RDATA in the generic form `\\# length hex` (RFC 3597 §5).' : index === 1 ? `**Length** of the generic RDATA in octets.` : '**Data** in hexadecimal (RFC 3597 §5).';
    return { range, contents: what };
  }
  const spec = rdataSpec(record.type);
  if (!spec) return undefined;
  const field = fieldOf(spec, index);
  if (!field) return undefined;
  const text = token.quoted ? token.cs.value : token.raw;
  const parts = [`**${record.type} ${field.name}**: ${field.description}`];
  const facts = fieldFacts(record, field, text);
  if (facts) parts.push(facts);
  parts.push(link(spec.reference, spec.reference.cite));
  return { range, contents: parts.join('\n\n') };
}

function fieldFacts(record: RecordSite, field: RdataField, text: string): string | undefined {
  switch (field.kind) {
    case 'ttl': {
      const r = parseTtl(text);
      return 'seconds' in r ? ttlText(r.seconds) : undefined;
    }
    case 'serial':
      return serialDate(text);
    case 'name':
    case 'mailbox': {
      if (text === '.' ) return field.kind === 'name' && record.type === 'MX' ? 'The root: with preference 0 this is a null MX (RFC 7505): the domain accepts no mail.' : undefined;
      const abs = absoluteName(text, record.origin);
      const mailbox = field.kind === 'mailbox' ? mailboxOf(abs) : undefined;
      const lines: string[] = [];
      if (!isAbsolute(text)) lines.push(`Absolute: \`${abs}\``);
      if (mailbox) lines.push(`Mailbox: \`${mailbox}\``);
      return lines.length ? lines.join('\n\n') : undefined;
    }
    case 'dnssec-algorithm': {
      const n = parseAlgorithm(text);
      return n !== undefined && n >= 0 && field.values?.[n] ? `${n}: ${field.values[n]}` : undefined;
    }
    case 'svc-params': {
      const key = text.split('=')[0]!;
      const info = SVC_PARAM_KEYS[key];
      return info ? `\`${key}\` (key ${info.code}): ${info.description}` : undefined;
    }
    default: {
      const n = parseInRange(text, 4294967295);
      if (n !== undefined && field.values?.[n]) return `${n}: ${field.values[n]}`;
      return undefined;
    }
  }
}

/** `hostmaster.example.com.` → `hostmaster@example.com` (the first unescaped dot is the `@`). */
function mailboxOf(name: string): string | undefined {
  for (let i = 0; i < name.length - 1; i++) {
    if (name[i] === '\\') i++;
    else if (name[i] === '.') return `${name.slice(0, i).replace(/\\\./g, '.')}@${name.slice(i + 1, -1)}`;
  }
  return undefined;
}

/** When a serial looks like YYYYMMDDnn, the date and change number it encodes. */
function serialDate(text: string): string | undefined {
  if (text.length !== 10 || parseInRange(text, 9999999999) === undefined) return undefined;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(4, 6));
  const day = Number(text.slice(6, 8));
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (year < 1980 || year > 2200 || month < 1 || month > 12 || day < 1 || day > daysInMonth) return undefined;
  const n = parseInRange(text, 4294967295);
  const range = n === undefined ? '\n\nThis is above 4294967295, the largest serial (RFC 1982).' : '';
  return `Looks like a date: ${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}, change ${text.slice(8)}.${range}`;
}
