/**
 * Hover and completion inside DKIM key records, driven by the tags table: what each tag and
 * value means, its default and RFC section, and computed facts (key type and size, revoked key,
 * testing mode, deprecated SHA-1, obsolete `g=`). Completion offers record skeletons for an
 * empty value, the tags not yet used, and the values of `k`, `h`, `s`, `t` and `v`.
 */
import type { PolicyCompletion, PolicyFeatureContext, PolicyFeatures, PolicyHover } from '../features';
import { describeKey } from './key';
import { dkimOf, type DkimRecord, type DkimTag } from './parse';
import { DKIM_TAGS, dkimTag, type DkimTagInfo } from './tags';

const link = (info: DkimTagInfo) => `[${info.reference.cite}](${info.reference.href})`;

/** Facts about the key in `p=`. */
function keyFacts(dkim: DkimRecord, tag: DkimTag): string {
  if (tag.valueEnd === tag.valueStart) return '**Revoked key**: the empty `p=` makes verifiers fail every signature with this selector.';
  const key = dkim.key;
  if (!key) return '';
  if (key.pem) return 'The value holds PEM armour (`-----BEGIN ...`): only the base64 between the lines belongs here.';
  if (key.base64Problem) return 'The value is not valid base64, so verifiers cannot decode it.';
  const reading = key.reading;
  if (!reading) return `Decodes to ${key.bytes?.length ?? 0} bytes; the key type \`${dkim.keyType}\` is unknown, so verifiers ignore the key.`;
  switch (reading.type) {
    case 'rsa': {
      const size = reading.rsa.bits < 1024 ? ' (under 1024 bits: verifiers reject it, RFC 8301 §3.2)' : reading.rsa.bits < 2048 ? ' (use 2048 bits, RFC 8301 §3.2)' : '';
      const form = reading.format === 'spki' ? 'SubjectPublicKeyInfo' : 'bare PKCS#1 RSAPublicKey (verifiers expect SubjectPublicKeyInfo)';
      return `**${describeKey(reading)}** public key${size}, exponent ${reading.rsa.exponent}, ${form}, ${key.bytes?.length ?? 0} bytes.${reading.rsa.flaw ? ` Not usable: ${reading.rsa.flaw}.` : ''}`;
    }
    case 'ed25519':
      return reading.format === 'raw'
        ? '**Ed25519** public key (32 bytes, RFC 8463).'
        : '**Ed25519** public key wrapped in SubjectPublicKeyInfo: `p=` must hold the raw 32 bytes (RFC 8463 §4).';
    case 'other':
      return `**${reading.algorithm}** key: DKIM has no key type for it.`;
    default:
      return `Not a usable key: ${reading.error.detail} (${reading.length} bytes).`;
  }
}

function tagHover(info: DkimTagInfo | undefined, tag: DkimTag): string {
  if (!info) return `**${tag.name}=**: not a DKIM key record tag; verifiers ignore it (RFC 6376 §3.2).`;
  const parts = [`**${info.name}=** ${info.title} (${link(info)})`, info.description, `Default: ${info.default}.`];
  if (info.obsolete) parts.push(`**Obsolete**: ${info.obsolete}`);
  if (info.values && info.name !== 'v') parts.push(info.values.map((v) => `- \`${v.value}\`: ${v.description}${v.deprecated ? ` **Deprecated**: ${v.deprecated}` : ''}`).join('\n'));
  return parts.join('\n\n');
}

function valueHover(dkim: DkimRecord, info: DkimTagInfo | undefined, tag: DkimTag, offset: number): PolicyHover | undefined {
  if (!info) return undefined;
  if (info.name === 'p') {
    return { contents: `**p=** ${info.title} (${link(info)})\n\n${keyFacts(dkim, tag)}`, start: tag.valueStart, end: tag.valueEnd };
  }
  if (info.name === 'g') return { contents: `**g=${tag.value}** (${link(info)})\n\n**Obsolete**: ${info.obsolete ?? ''}`, start: tag.valueStart, end: tag.valueEnd };
  const item = tag.items?.find((i) => i.start <= offset && offset <= i.end) ?? { value: tag.value, start: tag.valueStart, end: tag.valueEnd };
  const known = info.values?.find((v) => (info.name === 'v' ? v.value === item.value : v.value === item.value.toLowerCase()));
  let text: string;
  if (known) {
    text = `${known.description}${known.deprecated ? `\n\n**Deprecated**: ${known.deprecated}` : ''}`;
    if (info.name === 't' && known.value === 'y') text = `**Testing mode**. ${known.description}`;
  } else if (info.name === 'n') {
    text = 'Notes for humans; no program interprets them.';
  } else if (info.name === 'v') {
    text = `Not \`DKIM1\`: verifiers discard this record (the version is case-sensitive).`;
  } else if (info.name === 'k') {
    text = `Not a DKIM key type: verifiers ignore keys of unknown types. Use \`rsa\` or \`ed25519\`.`;
  } else {
    text = `Not a known ${info.title.toLowerCase()} entry: verifiers ignore it.`;
  }
  return { contents: `**${info.name}=${item.value}** ${info.title} (${link(info)})\n\n${text}`, start: item.start, end: item.end };
}

function hover(context: PolicyFeatureContext, offset: number): PolicyHover | undefined {
  const dkim = dkimOf(context.record);
  if (!dkim) return undefined;
  const tag = dkim.tags.find((t) => t.start <= offset && offset <= t.end);
  if (!tag) return undefined;
  const info = dkimTag(tag.name);
  if (offset <= tag.equals) return { contents: tagHover(info, tag), start: tag.nameStart, end: tag.nameEnd };
  return valueHover(dkim, info, tag, offset) ?? { contents: tagHover(info, tag), start: tag.nameStart, end: tag.nameEnd };
}

function isWsp(c: number): boolean {
  return c === 32 || c === 9;
}

/** Record skeletons for an empty value. */
function skeletons(context: PolicyFeatureContext, end: number): PolicyCompletion[] {
  const quoted = context.value.strings[0]?.quoted ?? true;
  const make = (type: string, detail: string, documentation: string, sort: string): PolicyCompletion =>
    quoted
      ? { label: `v=DKIM1; k=${type}; p=…`, kind: 'snippet', detail, documentation, insertText: `v=DKIM1; k=${type}; p=\${1:base64-public-key}`, snippet: true, sortText: sort, start: 0, end }
      : { label: `v=DKIM1; k=${type}; p=…`, kind: 'snippet', detail, documentation, insertText: `v=DKIM1; k=${type}; p=`, sortText: sort, start: 0, end };
  return [
    make('rsa', 'DKIM RSA key record', 'An RSA key (2048 bits; RFC 8301): paste the base64 SubjectPublicKeyInfo (`openssl rsa -pubout`) after `p=`, split into strings of at most 255 characters.', '0'),
    make('ed25519', 'DKIM Ed25519 key record', 'An Ed25519 key (RFC 8463): `p=` holds the raw 32-byte public key in base64 (44 characters). Publish it beside an RSA key under another selector.', '1'),
  ];
}

function complete(context: PolicyFeatureContext, offset: number): PolicyCompletion[] {
  const text = context.value.text;
  if (text.trim() === '') return skeletons(context, text.length);
  const dkim = dkimOf(context.record);
  if (!dkim) return [];
  const segStart = text.lastIndexOf(';', offset - 1) + 1;
  let wordStart = segStart;
  while (wordStart < offset && isWsp(text.charCodeAt(wordStart))) wordStart++;
  const eq = text.indexOf('=', wordStart);
  if (eq < 0 || eq >= offset) {
    // A tag name: the tags not written yet.
    const typed = text.slice(wordStart, offset);
    if (typed.includes(' ')) return [];
    return DKIM_TAGS.filter((t) => t.offer && !(dkim.get(t.name) && dkim.get(t.name)!.nameStart !== wordStart)).map((t, i) => ({
      label: t.name,
      kind: 'property',
      detail: t.title,
      documentation: `${t.description}\n\nDefault: ${t.default}. ${t.reference.cite}`,
      insertText: `${t.name}=`,
      sortText: String(i),
      start: wordStart,
      end: offset,
    }));
  }
  const name = text.slice(wordStart, eq).trim();
  const info = dkimTag(name);
  if (!info?.values) return [];
  let valueStart = eq + 1;
  if (info.list) {
    const colon = text.lastIndexOf(':', offset - 1);
    if (colon > eq) valueStart = colon + 1;
  }
  while (valueStart < offset && isWsp(text.charCodeAt(valueStart))) valueStart++;
  const written = new Set<string>();
  if (info.list) {
    const tag = dkim.tags.find((t) => t.equals === eq);
    for (const item of tag?.items ?? []) if (item.start !== valueStart) written.add(item.value.toLowerCase());
  }
  return info.values
    .filter((v) => !v.deprecated && !written.has(v.value))
    .map((v, i) => ({ label: v.value, kind: 'value', documentation: v.description, sortText: String(i), start: valueStart, end: offset }));
}

export const dkimFeatures: PolicyFeatures = { hover, complete };
