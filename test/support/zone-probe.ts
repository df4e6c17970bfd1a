/**
 * Hover and completion on a small zone built from a few record lines (the `$ORIGIN example.com.`
 * and `$TTL` header is added): the helpers the feature tests of each record kind share.
 */
import * as assert from 'node:assert/strict';
import { getLanguageService } from '../../server/src/service/index';

const service = getLanguageService();
export const ZONE_HEAD = '$ORIGIN example.com.\n$TTL 3600\n';

/** Hover at the first `needle` after the header (plus `within`), with the text it covers. */
export function hoverAt(lines: string, needle: string, within = 0) {
  const text = ZONE_HEAD + lines + '\n';
  const doc = service.parse({ uri: 'file:///t/example.com.zone', text, languageId: 'dns-zone' })!;
  const at = text.indexOf(needle, ZONE_HEAD.length);
  assert.ok(at >= 0, needle);
  const h = service.hover(doc, at + within);
  return h ? { ...h, text: text.slice(h.range.start, h.range.end) } : undefined;
}

/** Completion at the `|` in `lines`, each item with the text it replaces. */
export function completeAt(lines: string) {
  const offset = ZONE_HEAD.length + lines.indexOf('|');
  const text = ZONE_HEAD + lines.replace('|', '') + '\n';
  const doc = service.parse({ uri: 'file:///t/example.com.zone', text, languageId: 'dns-zone' })!;
  return service.complete(doc, offset).map((i) => ({ ...i, replaced: i.range ? text.slice(i.range.start, i.range.end) : undefined }));
}
