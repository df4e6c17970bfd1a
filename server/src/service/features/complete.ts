/**
 * Completion in zone files: directives and `@` at the start of a line, RR types (with a snippet
 * of their RDATA layout) and classes after the owner, TTL and class, TTL values after `$TTL`,
 * CAA tags and SvcParamKeys in their RDATA positions. Works from the text of the current line up
 * to the cursor, so incomplete lines complete too.
 */
import { policyCompletions } from '../policies/features';
import type { OffsetRange, ParsedDocument } from '../model';
import { DIRECTIVES } from '../records/directives';
import { RR_CLASSES, RR_TYPES, canonicalClassName, canonicalTypeName } from '../records/rr-types';
import { fieldLayout, rdataSpec, SVC_PARAM_KEYS } from '../records/rdata-fields';
import { formatTtl, parseTtl } from '../records/ttl';
import { policyFileCompletions } from '../policies/mta-sts/policy-file/complete';
import { featureView, ownsWholeDocument } from './record-site-guard';

export interface ServiceCompletionItem {
  readonly label: string;
  readonly kind: 'keyword' | 'value' | 'snippet' | 'unit' | 'property';
  readonly detail?: string;
  /** Markdown. */
  readonly documentation?: string;
  /** Text to insert; a snippet (with `$1` placeholders) when `snippet` is true. */
  readonly insertText?: string;
  readonly snippet?: boolean;
  /** The document range the item replaces (the word being typed). */
  readonly range?: OffsetRange;
  readonly sortText?: string;
}

/** Types offered first, in this order. */
const COMMON_TYPES = ['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'NS', 'SRV', 'CAA', 'TLSA', 'PTR', 'SOA', 'HTTPS', 'SVCB', 'DS', 'DNSKEY', 'SSHFP'];

const TTL_VALUES = ['300', '3600', '1h', '1d', '86400'];

const CAA_TAGS: readonly [string, string][] = [
  ['issue', 'CAs allowed to issue certificates for this name: `0 issue "letsencrypt.org"`; `";"` allows none.'],
  ['issuewild', 'CAs allowed to issue wildcard certificates.'],
  ['iodef', 'Where CAs report refused requests: `0 iodef "mailto:security@example.com"`.'],
  ['issuemail', 'CAs allowed to issue S/MIME certificates (RFC 9495).'],
  ['contactemail', 'Contact email for domain validation (CA/Browser Forum).'],
  ['contactphone', 'Contact phone for domain validation (CA/Browser Forum).'],
];

const isBlank = (c: number) => c === 32 || c === 9;

/** Escapes text for use inside a snippet placeholder. */
const escapeSnippet = (text: string) => text.replace(/[\\$}]/g, (c) => `\\${c}`);

export function complete(whole: ParsedDocument, offset: number): ServiceCompletionItem[] {
  // In IaC documents Zonemail completes only inside a record's value (policy terms and tags).
  const document = featureView(whole, offset);
  if (!document) return [];
  if (!ownsWholeDocument(document)) return policyCompletions(document, offset) ?? [];
  if (document.host === 'mta-sts-policy') return policyFileCompletions(document, offset);
  const text = document.text;
  if (offset < 0 || offset > text.length) return [];
  const policy = policyCompletions(document, offset);
  if (policy) return policy;
  let lineStart = offset;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  let wordStart = offset;
  while (wordStart > lineStart && !isBlank(text.charCodeAt(wordStart - 1)) && text[wordStart - 1] !== '(') wordStart--;
  const range = { start: wordStart, end: offset };
  const before = text.slice(lineStart, wordStart);
  if (before.includes(';') || before.includes('"')) return [];
  const words = before.split(/[ \t()]+/).filter((w) => w.length > 0);

  // Continuation lines of a parenthesised record hold only RDATA.
  if (document.groups.some((g) => g.start < lineStart && offset <= g.end)) return [];

  if (wordStart === lineStart) return lineStartItems(range);
  const first = words[0];
  if (first?.startsWith('$')) {
    return first.toUpperCase() === '$TTL' && words.length === 1 ? ttlItems(range) : [];
  }
  // Owner (unless the line starts with a blank), then TTL and class in either order, then the type.
  const rest = isBlank(text.charCodeAt(lineStart)) ? words : words.slice(1);
  let typeAt = -1;
  let hasClass = false;
  for (let i = 0; i < rest.length; i++) {
    const w = rest[i]!;
    if (canonicalClassName(w)) hasClass = true;
    else if (canonicalTypeName(w)) {
      typeAt = i;
      break;
    } else if ('error' in parseTtl(w)) return [];
  }
  if (typeAt < 0) return [...typeItems(range), ...(hasClass ? [] : classItems(range))];
  return rdataItems(canonicalTypeName(rest[typeAt]!)!, rest.length - typeAt - 1, range);
}

function lineStartItems(range: OffsetRange): ServiceCompletionItem[] {
  return [
    ...DIRECTIVES.map(
      (d): ServiceCompletionItem => ({
        label: d.name,
        kind: 'keyword',
        detail: d.syntax,
        documentation: `${d.description}\n\n${d.reference}`,
        insertText: d.snippet,
        snippet: true,
        range,
        sortText: `1${d.name}`,
      }),
    ),
    { label: '@', kind: 'keyword', detail: 'The origin', documentation: '`@` stands for the current origin (`$ORIGIN`).', range, sortText: '0@' },
  ];
}

function ttlItems(range: OffsetRange): ServiceCompletionItem[] {
  return TTL_VALUES.map((v, i) => {
    const r = parseTtl(v);
    const seconds = 'seconds' in r ? r.seconds : 0;
    return { label: v, kind: 'value', detail: formatTtl(seconds), range, sortText: String(i) };
  });
}

function typeItems(range: OffsetRange): ServiceCompletionItem[] {
  return RR_TYPES.filter((t) => !t.obsolete && t.code < 65280).map((t): ServiceCompletionItem => {
    const spec = rdataSpec(t.name);
    const common = COMMON_TYPES.indexOf(t.name);
    const sortText = common >= 0 ? `0${String(common).padStart(2, '0')}` : `1${t.name}`;
    if (!spec) return { label: t.name, kind: 'keyword', detail: t.summary, documentation: t.rfc, range, sortText };
    const placeholders = spec.fields.map((f, i) => `\${${i + 1}:${escapeSnippet(f.example)}}`).join(' ');
    return {
      label: t.name,
      kind: 'snippet',
      detail: t.summary,
      documentation: `\`${fieldLayout(spec)}\`\n\n${spec.reference.cite}`,
      insertText: `${t.name} ${placeholders}`,
      snippet: true,
      range,
      sortText,
    };
  });
}

function classItems(range: OffsetRange): ServiceCompletionItem[] {
  return RR_CLASSES.filter((c) => c.name !== 'CS').map((c, i) => ({ label: c.name, kind: 'keyword', detail: c.summary, range, sortText: `2${i}` }));
}

/** Values for the RDATA field at `index` of a type. */
function rdataItems(type: string, index: number, range: OffsetRange): ServiceCompletionItem[] {
  if (type === 'CAA' && index === 1) {
    return CAA_TAGS.map(([tag, doc], i) => ({ label: tag, kind: 'property', documentation: doc, range, sortText: String(i) }));
  }
  if ((type === 'SVCB' || type === 'HTTPS') && index >= 2) {
    return Object.entries(SVC_PARAM_KEYS).map(([key, info]) => ({
      label: key,
      kind: 'property',
      detail: `SvcParamKey ${info.code}`,
      documentation: info.description,
      ...(key === 'no-default-alpn' || key === 'ohttp' ? {} : { insertText: `${key}=` }),
      range,
      sortText: String(info.code).padStart(2, '0'),
    }));
  }
  return [];
}
