/**
 * DKIM check (RFC 6376 §3.6.2.1): the key record of each selector asked for, the static rules on
 * it, and its key decoded by the static DKIM key reader (type and size).
 */
import { decodeBase64, describeKey, readKey } from '../../service/policies/dkim/key';
import { parseTagList } from '../../service/policies/tag-list';
import { txtValues, type LiveRun } from './context';
import { staticFindings } from './static-pass';

export async function checkDkim(run: LiveRun): Promise<void> {
  const selectors = run.options.dkimSelectors ?? [];
  const keys: Record<string, unknown> = {};
  for (const selector of selectors) {
    const name = `${selector}._domainkey.${run.domain}`;
    const answer = await run.query(name, 'TXT');
    if (run.failed('dkim', name, 'TXT', answer)) continue;
    const texts = txtValues(answer);
    if (texts.length === 0) {
      run.report('dkim', 'live/dkim-missing', `No DKIM key is published for the selector ${selector} (${name}): signatures made with it fail.`, name);
      keys[selector] = { found: false };
      continue;
    }
    const strings = answer.kind === 'records' ? answer.records.flatMap((r) => (r.data.type === 'TXT' ? [r.data.strings] : [])) : [];
    staticFindings(run, 'dkim', strings.map((s) => ({ name, type: 'TXT' as const, strings: s })));
    keys[selector] = { found: true, record: texts[0], ...describe(texts[0]!) };
  }
  if (selectors.length > 0) run.records.dkim = keys;
}

/** Key type and size of a key record, read with the static DKIM key reader. */
export function describe(text: string): { key?: string; bits?: number } {
  const list = parseTagList(text);
  const get = (n: string) => list.tags.find((t) => t.name.toLowerCase() === n)?.value;
  const p = get('p');
  if (p === undefined || p.trim() === '') return { key: 'revoked' };
  const k = (get('k') ?? 'rsa').trim().toLowerCase();
  const decoded = decodeBase64(p);
  if (!('bytes' in decoded)) return { key: 'not base64' };
  const reading = readKey(decoded.bytes, k === 'ed25519' ? 'ed25519' : 'rsa');
  return { key: describeKey(reading), ...(reading.type === 'rsa' ? { bits: reading.rsa.bits } : {}) };
}
