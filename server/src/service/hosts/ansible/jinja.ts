/** Jinja expressions in Ansible values (`{{ ... }}`, `{% ... %}`): opaque in the checked text. */
import type { HostString } from '../iac/host-string';
import { LayerBuilder } from '../yaml-json/host-string-ops';

export function jinjaLayer(source: HostString): HostString {
  const v = source.value;
  if (!v.includes('{{') && !v.includes('{%')) return source;
  const b = new LayerBuilder(0);
  let run = 0;
  let i = 0;
  while (i < v.length) {
    if (v[i] === '{' && (v[i + 1] === '{' || v[i + 1] === '%')) {
      const closer = v[i + 1] === '{' ? '}}' : '%}';
      const close = v.indexOf(closer, i + 2);
      if (close > 0) {
        if (i > run) b.literal(v.slice(run, i), run);
        b.opaqueText(v.slice(i, close + 2), i);
        i = close + 2;
        run = i;
        continue;
      }
    }
    i++;
  }
  if (v.length > run) b.literal(v.slice(run), run);
  return b.finish(source, v.length, (t) => t);
}
