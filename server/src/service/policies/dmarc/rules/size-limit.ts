/**
 * Rule: dmarc/size-limit. An RFC 7489 size limit after a report URI (`mailto:a@example.com!10m`):
 * RFC 9989 dropped it, so its receivers need not honour it (RFC 7489 §6.2).
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { uriListOf } from '../parse';
import { dmarcInput, fixOf } from '../support';

/** `10485760` → `10 MiB`. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let n = bytes;
  let u = 0;
  while (n >= 1024 && n % 1024 === 0 && u < units.length - 1) {
    n /= 1024;
    u++;
  }
  return `${n} ${units[u]}`;
}

export const sizeLimit = defineRule({
  code: 'dmarc/size-limit',
  severity: 'information',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(7489, '6.2'),
  docs: {
    what: 'A report URI with an RFC 7489 size limit (`!10m`).',
    why: 'RFC 9989 no longer defines the size limit: its receivers may ignore it, and a mailbox that cannot take larger reports still gets them. RFC 7489 receivers skip reports above the limit.',
    bad: '_dmarc  TXT  "v=DMARC1; p=reject; rua=mailto:dmarc@example.com!10m"',
    good: '_dmarc  TXT  "v=DMARC1; p=reject; rua=mailto:dmarc@example.com"',
  },
  check(record, context) {
    const d = dmarcInput(record, context);
    if (!d) return;
    for (const name of ['rua', 'ruf'] as const) {
      for (const uri of uriListOf(d.dmarc, name)?.uris ?? []) {
        if (uri.sizeBytes === undefined) continue;
        d.at.report(
          uri.uriEnd,
          uri.end,
          `\`!${uri.size}\` limits reports to ${formatBytes(uri.sizeBytes)} for RFC 7489 receivers; RFC 9989 dropped size limits, so its receivers need not honour it: remove it unless the mailbox needs it.`,
          [fixOf(d, `Remove \`!${uri.size}\``, [{ start: uri.uriEnd, end: uri.end, text: '' }], false)],
        );
      }
    }
  },
});
