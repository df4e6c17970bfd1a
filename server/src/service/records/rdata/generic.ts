/**
 * RDATA in the RFC 3597 §5 generic form: `\# length hex...`. The length must be a number and
 * match the octets of the hex data.
 */
import type { RecordSite } from '../../model';
import { decodeHex, piecesOf } from './encodings';
import { parseInRange } from './scalars';
import type { RdataProblem } from './problem';

export function checkGeneric(record: RecordSite): RdataProblem[] {
  const [marker, lengthToken, ...data] = record.rdata;
  if (!marker) return [];
  if (!lengthToken) {
    return [{ range: marker.range, message: 'Generic RDATA `\\#` needs a length and the data in hex (RFC 3597 §5); write e.g. `\\# 4 c0000201`, or `\\# 0` for empty data.' }];
  }
  const length = parseInRange(lengthToken.raw, 65535);
  if (length === undefined) {
    return [{ range: lengthToken.range, message: `Generic RDATA length must be a number of octets 0–65535 (RFC 3597 §5); write e.g. \`\\# 4 c0000201\`.` }];
  }
  if (data.length === 0) {
    return length === 0 ? [] : [{ range: lengthToken.range, message: `Generic RDATA says ${length} octets but no hex data follows; add the data or write \`\\# 0\`.` }];
  }
  const decoded = decodeHex(piecesOf(data), 'Generic RDATA');
  if ('problem' in decoded) return [decoded.problem];
  if (decoded.octets !== length) {
    return [{ range: lengthToken.range, message: `Generic RDATA says ${length} octets but the hex data holds ${decoded.octets} (RFC 3597 §5); write \`${decoded.octets}\` or correct the data.` }];
  }
  return [];
}
