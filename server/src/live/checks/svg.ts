/**
 * A small, safe scan of an SVG document for the SVG Tiny Portable/Secure profile BIMI requires
 * (draft-brand-indicators-for-message-identification, SVG Tiny PS): no DOM and no entity
 * expansion; it reads the root element's attributes and looks for the elements and references
 * the profile forbids or requires.
 */

/** The attributes of a start tag's text (`<svg a="1" b='2'>`), names as written. */
export function attributesOf(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*("([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) if (!out.has(m[1]!)) out.set(m[1]!, m[3] ?? m[4] ?? '');
  return out;
}

/** The first start tag after the prolog (XML declaration, comments, doctype, processing instructions). */
function rootTag(text: string): { name: string; tag: string } | undefined {
  let pos = 0;
  for (;;) {
    pos = text.indexOf('<', pos);
    if (pos < 0) return undefined;
    if (text.startsWith('<!--', pos)) {
      const end = text.indexOf('-->', pos + 4);
      if (end < 0) return undefined;
      pos = end + 3;
    } else if (text.startsWith('<?', pos) || text.startsWith('<!', pos)) {
      const end = text.indexOf('>', pos);
      if (end < 0) return undefined;
      pos = end + 1;
    } else {
      const end = text.indexOf('>', pos);
      if (end < 0) return undefined;
      const tag = text.slice(pos, end + 1);
      const name = /^<([A-Za-z_:][-A-Za-z0-9_:.]*)/.exec(tag)?.[1];
      return name ? { name, tag } : undefined;
    }
  }
}

/** What keeps the document from being SVG Tiny PS, in words; empty when nothing does. */
export function svgTinyPsProblems(text: string): string[] {
  const problems: string[] = [];
  if (/<!ENTITY/i.test(text)) problems.push('it declares entities (`<!ENTITY`), which the profile does not allow');
  const root = rootTag(text);
  if (!root || root.name.replace(/^.*:/, '') !== 'svg') {
    problems.push('its root element is not `<svg>`');
    return problems;
  }
  const attrs = attributesOf(root.tag);
  if (attrs.get('baseProfile') !== 'tiny-ps') problems.push('the root lacks `baseProfile="tiny-ps"`');
  if (attrs.get('version') !== '1.2') problems.push('the root lacks `version="1.2"`');
  if (attrs.has('x') || attrs.has('y')) problems.push('the root has `x=` or `y=` attributes');
  const viewBox = attrs.get('viewBox');
  const box = viewBox?.trim().split(/[\s,]+/).map(Number);
  if (!box || box.length !== 4 || box.some((n) => !Number.isFinite(n))) problems.push('the root has no valid `viewBox`');
  else if (box[2] !== box[3] || box[2]! <= 0) problems.push(`the viewBox (${viewBox}) is not square`);
  if (!/<(?:[A-Za-z_][-\w.]*:)?title[\s>]/.test(text)) problems.push('it has no `<title>` element');
  if (/<(?:[A-Za-z_][-\w.]*:)?script[\s>/]/i.test(text)) problems.push('it contains a `<script>` element');
  if (/\s(?:xlink:)?href\s*=\s*["']\s*(?:https?:)?\/\//i.test(text)) problems.push('it references external resources (`href` to http(s))');
  return problems;
}
