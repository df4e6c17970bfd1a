/**
 * octoDNS TXT/SPF values (octodns/record/chunked.py): `\;` stands for `;`, a value that starts
 * with `"` is read as pre-chunked text (first and last character dropped, `" "` removed), and
 * the value is split into character-strings of at most 255 octets by octoDNS itself.
 */
import type { HostString } from '../iac/host-string';
import { LayerBuilder } from '../yaml-json/host-string-ops';

/** The DNS value of an octoDNS-format value. */
export function octodnsLayer(octo: HostString): HostString {
  const v = octo.value;
  const b = new LayerBuilder(0);
  let start = 0;
  let end = v.length;
  const chunked = v.startsWith('"') && v.length >= 2;
  if (chunked) {
    start = 1;
    end = v.endsWith('"') ? v.length - 1 : v.length;
  }
  let run = start;
  let i = start;
  while (i < end) {
    if (v[i] === '\\' && v[i + 1] === ';') {
      if (i > run) b.literal(v.slice(run, i), run);
      b.escape(';', i, i + 2);
      i += 2;
      run = i;
      continue;
    }
    if (chunked && v.startsWith('" "', i)) {
      if (i > run) b.literal(v.slice(run, i), run);
      i += 3;
      run = i;
      continue;
    }
    i++;
  }
  if (end > run) b.literal(v.slice(run, end), run);
  return b.finish(octo, end, (t) => t.replace(/;/g, '\\;'));
}
