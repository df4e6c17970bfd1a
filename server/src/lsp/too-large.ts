/**
 * The one diagnostic a document larger than `zonemail.maxFileSize` gets instead of being checked.
 * The code is registered with the zone-file parser's rules.
 */
import { ruleByCode, ruleDocHref, SOURCE, type ServiceDiagnostic, type Severity } from '../service';
import type { RuleSettings } from './settings';

export const TOO_LARGE_CODE = 'zone/too-large';

/** UTF-8 size of the text, counted without copying it. */
export function utf8Size(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

const CONFIGURED: Readonly<Record<string, Severity>> = {
  error: 'error',
  warning: 'warning',
  warn: 'warning',
  information: 'information',
  info: 'information',
  hint: 'hint',
};

/** The diagnostic, or undefined when `zonemail.rules` turns the code off. */
export function tooLargeDiagnostic(size: number, limit: number, rules: RuleSettings): ServiceDiagnostic | undefined {
  const configured = rules[TOO_LARGE_CODE];
  if (configured === 'off') return undefined;
  const rule = ruleByCode(TOO_LARGE_CODE);
  return {
    range: { start: 0, end: 0 },
    severity: (configured && CONFIGURED[configured]) || rule?.severity || 'information',
    code: TOO_LARGE_CODE,
    message: `This file is ${size} bytes, more than zonemail.maxFileSize (${limit}); it was not checked. Raise the setting to check it.`,
    source: SOURCE,
    href: rule?.reference?.href ?? ruleDocHref(TOO_LARGE_CODE),
  };
}
