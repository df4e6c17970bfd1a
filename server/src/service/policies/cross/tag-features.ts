/**
 * Hover and completion for the version-tagged tag-list records (BIMI, MTA-STS TXT, TLS-RPT),
 * driven by each kind's tags table: hover explains the tag or value under the cursor; completion
 * offers the version at the start, the tags not yet written at a name position, and the
 * allowed values (or a value snippet) after `=`.
 */
import type { PolicyCompletion, PolicyFeatureContext, PolicyFeatures, PolicyHover } from '../features';
import { parseTagList } from '../tag-list';
import type { TagInfo } from './tag-records';

export interface TagKind {
  /** For headings: `BIMI`, `MTA-STS`, `TLS-RPT`. */
  readonly label: string;
  readonly version: string;
  readonly tags: readonly TagInfo[];
  /** A one-line summary of the record for the version hover. */
  readonly summary: string;
  /** Extra facts for a hover on a tag value (for example the kind of URI). */
  readonly valueFacts?: (tag: string, value: string) => string | undefined;
}

const isWsp = (c: string | undefined) => c === ' ' || c === '\t';

function tagDoc(kind: TagKind, info: TagInfo): string {
  const parts = [`**${kind.label} \`${info.name}=\`**: ${info.title}${info.required ? ' (required)' : ''}`, info.description];
  if (info.values) parts.push(info.values.map((v) => `- \`${v.value}\`: ${v.description}`).join('\n'));
  parts.push(`[${info.cite}](${info.href})`);
  return parts.join('\n\n');
}

export function tagFeatures(kind: TagKind): PolicyFeatures {
  const byName = new Map(kind.tags.map((t) => [t.name, t]));
  return {
    hover(context: PolicyFeatureContext, offset: number): PolicyHover | undefined {
      const text = context.value.text;
      const list = parseTagList(text);
      const tag = list.tags.find((t) => t.start <= offset && offset <= t.end);
      if (!tag) return undefined;
      const info = byName.get(tag.name) ?? byName.get(tag.name.toLowerCase());
      if (!info) {
        const note = kind.valueFacts?.(tag.name, tag.value);
        return { start: tag.nameStart, end: tag.nameEnd, contents: `**\`${tag.name}=\`** is not defined for ${kind.label} records and is ignored.${note ? `\n\n${note}` : ''}` };
      }
      if (tag.name === 'v') {
        const ok = tag === list.tags[0] && tag.value === kind.version;
        return { start: tag.start, end: tag.end, contents: `**${kind.label} record** \`v=${kind.version}\`\n\n${kind.summary}${ok ? '' : `\n\nThe record must begin with exactly \`v=${kind.version}\`.`}\n\n[${info.cite}](${info.href})` };
      }
      if (offset >= tag.valueStart && tag.value !== '') {
        const value = info.values?.find((v) => v.value === tag.value);
        const facts = kind.valueFacts?.(tag.name, tag.value);
        if (value || facts) {
          const lines = [`**${kind.label} \`${info.name}=${tag.value}\`**`];
          if (value) lines.push(value.description);
          if (facts) lines.push(facts);
          lines.push(`[${info.cite}](${info.href})`);
          return { start: tag.valueStart, end: tag.valueEnd, contents: lines.join('\n\n') };
        }
      }
      return { start: tag.nameStart, end: tag.end, contents: tagDoc(kind, info) };
    },

    complete(context: PolicyFeatureContext, offset: number): PolicyCompletion[] {
      const text = context.value.text;
      const semicolon = text.lastIndexOf(';', offset - 1);
      let specStart = semicolon + 1;
      while (specStart < offset && isWsp(text[specStart])) specStart++;
      const typed = text.slice(specStart, offset);
      const eq = typed.indexOf('=');
      const versionTag = `v=${kind.version}`;
      if (semicolon < 0 && eq < 0) {
        // The start of the record: the version tag.
        const vInfo = byName.get('v')!;
        return [{ label: `${versionTag};`, kind: 'keyword', detail: `${kind.label} record`, documentation: tagDoc(kind, vInfo), insertText: `${versionTag}; `, start: specStart, end: offset }];
      }
      const list = parseTagList(text);
      if (eq < 0) {
        const present = new Set(list.tags.filter((t) => !(t.start <= offset && offset <= t.end)).map((t) => t.name));
        return kind.tags
          .filter((t) => t.name !== 'v' && !present.has(t.name))
          .map((t, i): PolicyCompletion => ({
            label: `${t.name}=`,
            kind: 'property',
            detail: t.title,
            documentation: tagDoc(kind, t),
            insertText: `${t.name}=`,
            sortText: `${t.required ? 0 : 1}${String(i).padStart(2, '0')}`,
            start: specStart,
            end: offset,
          }));
      }
      const name = typed.slice(0, eq).trim();
      const info = byName.get(name);
      if (!info) return [];
      let valueStart = specStart + eq + 1;
      while (valueStart < offset && isWsp(text[valueStart])) valueStart++;
      // For comma-separated lists, complete the item being typed.
      const comma = text.lastIndexOf(',', offset - 1);
      if (comma >= valueStart) {
        valueStart = comma + 1;
        while (valueStart < offset && isWsp(text[valueStart])) valueStart++;
      }
      const items: PolicyCompletion[] = (info.values ?? []).map((v) => ({
        label: v.value,
        kind: 'value',
        detail: info.title,
        documentation: v.description,
        start: valueStart,
        end: offset,
      }));
      if (info.valueSnippet && items.length === 0) {
        items.push({ label: info.valueSnippet.replace(/\$\{\d+:([^}]*)\}/g, '$1'), kind: 'snippet', detail: info.title, documentation: info.description, insertText: info.valueSnippet, snippet: true, start: valueStart, end: offset });
      }
      return items;
    },
  };
}
