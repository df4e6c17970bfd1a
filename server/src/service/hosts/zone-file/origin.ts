/**
 * The zone origin when a file has no `$ORIGIN`: derived from common file-name conventions
 * (`db.example.com`, `example.com.zone`, `example.com.dns`, `example.com.zone.signed`).
 */
import { fileName } from '../uri';

function plausibleDomain(name: string): boolean {
  if (name.length === 0 || name.length > 253 || !name.includes('.')) return false;
  for (const label of name.split('.')) {
    if (label.length === 0 || label.length > 63) return false;
    for (let i = 0; i < label.length; i++) {
      const c = label.charCodeAt(i);
      const ok = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 95;
      if (!ok) return false;
    }
  }
  return true;
}

/** The origin a file name implies (absolute, lower case), or undefined. */
export function originFromFileName(uri: string): string | undefined {
  let name = fileName(uri).toLowerCase();
  for (const suffix of ['.signed', '.zone', '.dns', '.db', '.txt']) {
    if (name.endsWith(suffix)) name = name.slice(0, -suffix.length);
  }
  if (name.startsWith('db.')) name = name.slice(3);
  else if (name.startsWith('zone.')) name = name.slice(5);
  return plausibleDomain(name) ? `${name}.` : undefined;
}

/** True when the file name is one zone files commonly have. */
export function looksLikeZoneFileName(uri: string): boolean {
  const name = fileName(uri).toLowerCase();
  return name.endsWith('.zone') || name.endsWith('.dns') || name.endsWith('.zone.signed') || name.startsWith('db.');
}
