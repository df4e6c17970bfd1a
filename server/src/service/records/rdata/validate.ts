/**
 * Validates a record's RDATA tokens against the field specs of `rdata-fields.ts`: field count,
 * each field's syntax, and checks across fields (digest lengths, DNSKEY protocol). Types the
 * table does not describe are not checked; RFC 3597 generic data is checked for its length.
 */
import type { OffsetRange, RdataToken, RecordSite } from '../../model';
import {
  DS_DIGEST_LENGTHS,
  DS_DIGEST_TYPES,
  SSHFP_FP_LENGTHS,
  SSHFP_FP_TYPES,
  isRestKind,
  rdataSpec,
  type RdataField,
  type RdataSpec,
} from '../rdata-fields';
import { decodeBase64, decodeHex, piecesOf } from './encodings';
import { checkGeneric } from './generic';
import { checkLoc } from './loc';
import {
  MAX_BY_KIND,
  checkCaaTag,
  checkIPv4,
  checkIPv6,
  checkNameField,
  checkTimer,
  parseAlgorithm,
  parseInRange,
} from './scalars';
import { checkSvcParams } from './svc-params';
import type { RdataProblem } from './problem';

export type { RdataProblem } from './problem';

/** The tokens each field of a record took (rest fields take several). */
interface Bound {
  readonly field: RdataField;
  /** The record's tokens and the slice `[from, to)` this field took. */
  readonly all: readonly RdataToken[];
  readonly from: number;
  readonly to: number;
}

const tokensOfBound = (b: Bound): readonly RdataToken[] => b.all.slice(b.from, b.to);

/** Types whose fields are compared with each other after the single-field checks. */
const CROSS_CHECKED = new Set(['DS', 'CDS', 'SSHFP', 'DNSKEY', 'CDNSKEY']);

/** An example record of the type: `MX 10 mail.example.com.`. */
export function exampleRdata(spec: RdataSpec): string {
  return [spec.type, ...spec.fields.map((f) => f.example)].join(' ');
}

/** The field names of a type: `preference exchange`. */
const fieldList = (spec: RdataSpec) => spec.fields.map((f) => f.name).join(' ');

const spanOf = (tokens: readonly RdataToken[]): OffsetRange => ({ start: tokens[0]!.range.start, end: tokens[tokens.length - 1]!.range.end });

/** Problems with the RDATA of one record, in document order. */
export function validateRdata(record: RecordSite): RdataProblem[] {
  if (record.generic) return checkGeneric(record);
  const spec = rdataSpec(record.type);
  if (!spec) return [];
  const tokens = record.rdata;
  const problems: RdataProblem[] = [];
  const bound: Bound[] = [];
  let ti = 0;
  for (let fi = 0; fi < spec.fields.length; fi++) {
    const field = spec.fields[fi]!;
    const rest = isRestKind(field.kind);
    const take = rest ? tokens.length - ti : 1;
    if (take <= 0 || ti >= tokens.length) {
      if (rest && field.kind === 'svc-params') break;
      problems.push(missing(record, spec, fi));
      return problems;
    }
    bound.push({ field, all: tokens, from: ti, to: ti + take });
    ti += take;
  }
  if (ti < tokens.length) {
    const extra = tokens.slice(ti);
    const last = spec.fields[spec.fields.length - 1]!;
    const hint = last.kind === 'char-string' ? ` If the ${last.name} contains spaces, put it in double quotes.` : '';
    problems.push({
      range: spanOf(extra),
      message: `${spec.type} takes ${spec.fields.length} field${spec.fields.length === 1 ? '' : 's'} (${fieldList(spec)}); remove the extra data.${hint} Write e.g. \`${exampleRdata(spec)}\`.`,
    });
  }
  const facts = CROSS_CHECKED.has(spec.type) ? new Map<string, number>() : undefined;
  for (const b of bound) checkField(record, spec, b, problems, facts);
  if (facts && problems.length === 0) crossChecks(spec, bound, facts, problems);
  if (problems.length > 1) problems.sort((a, b) => a.range.start - b.range.start);
  return problems;
}

function missing(record: RecordSite, spec: RdataSpec, from: number): RdataProblem {
  const names = spec.fields.slice(from).filter((f) => f.kind !== 'svc-params').map((f) => f.name);
  const needed = spec.fields.filter((f) => f.kind !== 'svc-params').length;
  const have = record.rdata.length;
  return {
    range: record.typeRange,
    message: `${spec.type} needs ${needed} field${needed === 1 ? '' : 's'} (${fieldList(spec)}) but has ${have}; add the ${names.join(', ')}. Write e.g. \`${exampleRdata(spec)}\`.`,
  };
}

function checkField(record: RecordSite, spec: RdataSpec, b: Bound, problems: RdataProblem[], facts: Map<string, number> | undefined): void {
  const field = b.field;
  const t = b.all[b.from]!;
  const text = t.quoted ? t.cs.value : t.raw;
  const label = `${spec.type} ${field.name}`;
  const push = (message: string, range: OffsetRange = t.range) => problems.push({ range, message });
  switch (field.kind) {
    case 'ipv4': {
      const m = checkIPv4(text);
      if (m) push(m);
      return;
    }
    case 'ipv6': {
      const m = checkIPv6(text);
      if (m) push(m);
      return;
    }
    case 'name':
    case 'mailbox': {
      // One problem per name is enough: the first says what to fix.
      for (const p of checkNameField(text, record.origin).slice(0, 1)) {
        push(`${label}: ${p.message}`, t.quoted ? t.range : { start: t.range.start + p.start, end: t.range.start + Math.max(p.end, p.start + 1) });
      }
      return;
    }
    case 'u8':
    case 'u16':
    case 'u32':
    case 'serial': {
      const max = MAX_BY_KIND[field.kind];
      const n = parseInRange(text, max);
      if (n === undefined) push(`${label} must be a number 0–${max}, not \`${text}\`; write e.g. \`${exampleRdata(spec)}\`.`);
      else facts?.set(field.name, n);
      return;
    }
    case 'ttl': {
      const m = checkTimer(text);
      if (m) push(`${label}: ${m}`);
      return;
    }
    case 'dnssec-algorithm': {
      const n = parseAlgorithm(text);
      if (n === undefined) push(`${label} must be a number 0–255 or a mnemonic such as \`ECDSAP256SHA256\`, not \`${text}\`; write e.g. \`${exampleRdata(spec)}\`.`);
      else facts?.set(field.name, n);
      return;
    }
    case 'caa-tag': {
      const m = checkCaaTag(text);
      if (m) push(m);
      return;
    }
    case 'hex': {
      const r = decodeHex(piecesOf(tokensOfBound(b)), label);
      if ('problem' in r) problems.push(r.problem);
      else facts?.set(field.name, r.octets);
      return;
    }
    case 'base64': {
      const r = decodeBase64(piecesOf(tokensOfBound(b)), label);
      if ('problem' in r) problems.push(r.problem);
      return;
    }
    case 'svc-params':
      problems.push(...checkSvcParams(tokensOfBound(b), spec.type));
      return;
    case 'loc':
      problems.push(...checkLoc(tokensOfBound(b)));
      return;
    case 'char-string':
    case 'char-strings':
      return;
  }
}

function crossChecks(spec: RdataSpec, bound: readonly Bound[], facts: Map<string, number>, problems: RdataProblem[]): void {
  const tokensOf = (name: string) => {
    const b = bound.find((x) => x.field.name === name);
    return b ? tokensOfBound(b) : undefined;
  };
  const lengthCheck = (typeField: string, dataField: string, lengths: Readonly<Record<number, number>>, names: Readonly<Record<number, string>>) => {
    const kind = facts.get(typeField);
    const octets = facts.get(dataField);
    const tokens = tokensOf(dataField);
    if (kind === undefined || octets === undefined || !tokens) return;
    const want = lengths[kind];
    if (want !== undefined && want !== octets) {
      problems.push({
        range: spanOf(tokens),
        message: `${spec.type} ${typeField} ${kind} (${names[kind]}) needs a ${dataField} of ${want} octets (${want * 2} hex digits) but this one has ${octets}; check the ${typeField} or paste the complete ${dataField}.`,
      });
    }
  };
  switch (spec.type) {
    case 'DS':
    case 'CDS':
      lengthCheck('digest-type', 'digest', DS_DIGEST_LENGTHS, DS_DIGEST_TYPES);
      return;
    case 'SSHFP':
      lengthCheck('fp-type', 'fingerprint', SSHFP_FP_LENGTHS, SSHFP_FP_TYPES);
      return;
    case 'DNSKEY':
    case 'CDNSKEY': {
      const protocol = facts.get('protocol');
      const t = tokensOf('protocol');
      if (protocol !== undefined && protocol !== 3 && t) {
        problems.push({ range: t[0]!.range, message: `${spec.type} protocol must be 3 (RFC 4034 §2.1.2); write \`3\`.` });
      }
      return;
    }
  }
}
