/**
 * Rule: zone/soa-serial. A serial written as a date (YYYYMMDDnn, RFC 1912 §2.2) whose date does
 * not exist is almost always a typo. Range checks of the serial are made by RDATA validation.
 */
import { defineRule, rfc } from '../rules/define-rule';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** What is wrong with the date of a YYYYMMDDnn serial, or undefined when it is fine or not a date serial. */
export function dateSerialProblem(serial: string): string | undefined {
  if (serial.length !== 10) return undefined;
  for (let i = 0; i < 10; i++) {
    const c = serial.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  const year = Number(serial.slice(0, 4));
  if (year < 1990 || year > 2099) return undefined;
  const mmdd = serial.slice(4, 8);
  if (mmdd === '0000') return undefined; // a round counter such as 2000000001, not a date
  const month = Number(serial.slice(4, 6));
  const day = Number(serial.slice(6, 8));
  if (month < 1 || month > 12) return `month ${serial.slice(4, 6)} does not exist`;
  const days = month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
  if (day < 1 || day > days) return `day ${serial.slice(6, 8)} does not exist in ${year}-${serial.slice(4, 6)}`;
  return undefined;
}

export const soaSerial = defineRule({
  code: 'zone/soa-serial',
  severity: 'warning',
  scope: 'record',
  types: ['SOA'],
  reference: rfc(1912, '2.2'),
  docs: {
    what: 'An SOA serial in date form (YYYYMMDDnn) whose date does not exist, such as month 13 or day 32.',
    why:
      'A date serial with an impossible date is usually a typo that jumps the serial far ahead. Secondaries only accept higher serials (RFC 1982 arithmetic), so a serial that is too high cannot simply be lowered again: the next correct date would look older and zone transfers stop.',
    bad: '$ORIGIN example.com.\n@  SOA  ns1 hostmaster 2024133101 1h 15m 1w 1h',
    good: '$ORIGIN example.com.\n@  SOA  ns1 hostmaster 2024123101 1h 15m 1w 1h',
  },
  check(record, context) {
    if (record.generic) return;
    const token = record.rdata[2];
    if (!token || token.quoted) return;
    const problem = dateSerialProblem(token.raw);
    if (!problem) return;
    context.report({
      range: token.range,
      message: `The SOA serial \`${token.raw}\` looks like a date (YYYYMMDDnn) but ${problem}. If this is a typo that was never published, correct it; if secondaries already have it, keep counting up from it (or step through RFC 1982 serial wrap-around), because a lower serial is ignored.`,
      record,
    });
  },
});
