/**
 * Hover in an MTA-STS policy file: keys (meaning, whether required, allowed values, RFC section)
 * and values (the mode's effect, `max_age` as a duration, what an `mx` pattern matches).
 */
import type { ParsedDocument } from '../../../model';
import type { ServiceHover } from '../../../features/hover';
import { formatTtl } from '../../../records/ttl';
import { policyOf } from './fields';
import { intendedKey, keyInfo, MAX_AGE_LIMIT } from './keys';
import { checkMxPattern } from './mx-pattern';

const inside = (r: { start: number; end: number }, offset: number) => offset >= r.start && offset <= r.end;

export function policyFileHover(document: ParsedDocument, offset: number): ServiceHover | undefined {
  const policy = policyOf(document);
  const field = policy?.fields.find((f) => inside(f.lineRange, offset));
  if (!field) return undefined;
  const info = keyInfo(field.key);
  if (inside(field.keyRange, offset)) {
    if (!info) {
      const meant = intendedKey(field.key);
      return {
        range: field.keyRange,
        contents: `**${field.key}**: not a key of MTA-STS policies; senders ignore this line.${meant ? ` Keys are case-sensitive: did you mean \`${meant}\`?` : ''}`,
      };
    }
    const parts = [`**${info.name}**: ${info.description}`, info.required];
    if (info.values && info.name !== 'max_age') parts.push(info.values.map((v) => `- \`${v.value}\`: ${v.description}`).join('\n'));
    parts.push(`[${info.reference.cite}](${info.reference.href})`);
    return { range: field.keyRange, contents: parts.join('\n\n') };
  }
  if (!info || field.value === '' || !inside(field.valueRange, offset)) return undefined;
  const range = field.valueRange;
  switch (info.name) {
    case 'version':
    case 'mode': {
      const v = info.values?.find((x) => x.value === field.value);
      return { range, contents: v ? `**${info.name}: ${v.value}**: ${v.description}` : `\`${field.value}\` is not a valid ${info.name}; allowed: ${info.values!.map((x) => `\`${x.value}\``).join(', ')}.` };
    }
    case 'max_age': {
      if (!/^[0-9]{1,10}$/.test(field.value)) return { range, contents: '`max_age` is a whole number of seconds.' };
      const seconds = Number(field.value);
      const over = seconds > MAX_AGE_LIMIT ? `\n\nAbove the largest value, ${MAX_AGE_LIMIT} (one year).` : '';
      return { range, contents: `**max_age**: senders cache this policy for ${seconds} second${seconds === 1 ? '' : 's'}${seconds >= 60 ? ` (${formatTtl(seconds)})` : ''}.${over}` };
    }
    case 'mx': {
      if (checkMxPattern(field.value)) return { range, contents: '`mx` patterns are host names, or `*.` followed by a domain.' };
      if (field.value.startsWith('*.')) {
        const domain = field.value.slice(2);
        return { range, contents: `**mx** \`${field.value}\`: matches any host exactly one label below \`${domain}\` (\`mx1.${domain}\`), but not \`${domain}\` itself or \`a.b.${domain}\`.` };
      }
      return { range, contents: `**mx** \`${field.value}\`: matches the MX host \`${field.value}\` only (case-insensitive).` };
    }
  }
}
