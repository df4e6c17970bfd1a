/**
 * LOC presentation format (RFC 1876 §3), checked loosely: degrees, minutes and seconds before
 * N/S and E/W (in total at most 90° and 180°, RFC 1876 Appendix A), then an altitude and up to
 * three optional sizes in metres.
 */
import type { RdataToken } from '../../model';
import type { RdataProblem } from './problem';

const EXAMPLE = '`52 22 23.000 N 4 53 32.000 E -2.00m 1m 10000m 10m`';

/** A decimal number with an optional sign, fraction and `m` suffix; undefined when not one. */
function decimal(text: string, allowSign: boolean, allowMetres: boolean): number | undefined {
  let s = text;
  if (allowMetres && (s.endsWith('m') || s.endsWith('M'))) s = s.slice(0, -1);
  let i = 0;
  if (allowSign && s[0] === '-') i = 1;
  let digits = 0;
  let dot = false;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 && !dot) dot = true;
    else if (c >= 48 && c <= 57) digits++;
    else return undefined;
  }
  return digits > 0 && s.length <= 20 ? Number(s) : undefined;
}

export function checkLoc(tokens: readonly RdataToken[]): RdataProblem[] {
  const problems: RdataProblem[] = [];
  let i = 0;
  const angle = (hemispheres: string, maxDegrees: number, what: string): boolean => {
    const start = i;
    let total = 0;
    for (let part = 0; part < 3 && i < tokens.length; part++) {
      const t = tokens[i]!;
      if (hemispheres.includes(t.raw.toUpperCase()) && t.raw.length === 1) break;
      const max = part === 0 ? maxDegrees : 59.999;
      const v = decimal(t.raw, false, false);
      if (v === undefined && part > 0) break;
      if (v === undefined || v > max || (part < 2 && !Number.isInteger(v))) {
        problems.push({ range: t.range, message: `LOC ${what} ${['degrees', 'minutes', 'seconds'][part]} must be a number 0–${part === 0 ? maxDegrees : part === 1 ? 59 : 59.999}; write e.g. ${EXAMPLE}.` });
        return false;
      }
      total += v / [1, 60, 3600][part]!;
      i++;
    }
    const h = tokens[i];
    if (i === start || !h || h.raw.length !== 1 || !hemispheres.includes(h.raw.toUpperCase())) {
      const range = h ? h.range : tokens[tokens.length - 1]!.range;
      problems.push({ range, message: `LOC ${what} must be degrees [minutes [seconds]] followed by ${hemispheres.split('').join(' or ')}; write e.g. ${EXAMPLE}.` });
      return false;
    }
    if (total > maxDegrees) {
      const beyond = what === 'latitude' ? 'past the pole' : 'past the date line';
      problems.push({
        range: { start: tokens[start]!.range.start, end: h.range.end },
        message: `LOC ${what} \`${tokens.slice(start, i + 1).map((t) => t.raw).join(' ')}\` is ${beyond}: degrees, minutes and seconds together must be at most ${maxDegrees}° (RFC 1876 Appendix A); write e.g. \`${maxDegrees} 0 0.000 ${hemispheres[0]}\` or less.`,
      });
      return false;
    }
    i++;
    return true;
  };
  if (!angle('NS', 90, 'latitude') || !angle('EW', 180, 'longitude')) return problems;
  const names = ['altitude', 'size', 'horizontal precision', 'vertical precision'];
  if (i >= tokens.length) {
    problems.push({ range: tokens[tokens.length - 1]!.range, message: `LOC needs an altitude in metres after the longitude; write e.g. ${EXAMPLE}.` });
    return problems;
  }
  for (let k = 0; i < tokens.length; k++, i++) {
    const t = tokens[i]!;
    if (k >= names.length) {
      problems.push({ range: { start: t.range.start, end: tokens[tokens.length - 1]!.range.end }, message: `LOC has extra data after the vertical precision; remove it. Write e.g. ${EXAMPLE}.` });
      break;
    }
    const v = decimal(t.raw, k === 0, true);
    const max = k === 0 ? 42849672.95 : 90000000;
    if (v === undefined || v > max || v < (k === 0 ? -100000 : 0)) {
      problems.push({ range: t.range, message: `LOC ${names[k]} must be a number of metres (${k === 0 ? '-100000.00 to 42849672.95' : '0 to 90000000.00'}), optionally with \`m\`; write e.g. ${EXAMPLE}.` });
    }
  }
  return problems;
}
