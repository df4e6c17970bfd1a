/**
 * Rule: dmarc/invalid-legacy-value. A malformed value for a tag RFC 9989 removed but RFC 7489
 * receivers still read (RFC 7489 §6.3): `pct` not an integer 0–100, `ri` not an integer, `rf`
 * not `afrf`.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { dmarcInput, valueRange } from '../support';

function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export const invalidLegacyValue = defineRule({
  code: 'dmarc/invalid-legacy-value',
  severity: 'warning',
  scope: 'record',
  types: ['TXT'],
  reference: rfc(7489, '6.3'),
  docs: {
    what: 'A malformed `pct`, `ri` or `rf` value (tags removed by RFC 9989 but read by RFC 7489 receivers).',
    why: 'RFC 7489 receivers, still the majority, read these tags; a malformed value is ignored or makes strict parsers reject the record, so the roll-out or reporting is not what was meant.',
    bad: '_dmarc  TXT  "v=DMARC1; p=reject; pct=150"',
    good: '_dmarc  TXT  "v=DMARC1; p=reject; pct=100"',
  },
  check(record, context) {
    const d = dmarcInput(record, context);
    if (!d) return;
    const pct = d.dmarc.byName.get('pct');
    if (pct && !(isDigits(pct.value) && pct.value.length <= 3 && Number(pct.value) <= 100)) {
      const r = valueRange(pct);
      d.at.report(r.start, r.end, `\`pct\` must be an integer from 0 to 100 for RFC 7489 receivers (they ignore \`${pct.value}\` and apply 100): fix the value, or remove \`pct\`.`);
    }
    const ri = d.dmarc.byName.get('ri');
    if (ri && !(isDigits(ri.value) && ri.value.length <= 10 && Number(ri.value) <= 4294967295)) {
      const r = valueRange(ri);
      d.at.report(r.start, r.end, `\`ri\` must be a number of seconds for RFC 7489 receivers (they ignore \`${ri.value}\` and report daily): remove \`ri\`.`);
    }
    const rf = d.dmarc.byName.get('rf');
    if (rf) {
      const bad = rf.value.split(':').map((s) => s.trim()).filter((s) => s.toLowerCase() !== 'afrf');
      if (bad.length > 0 || rf.value === '') {
        const r = valueRange(rf);
        d.at.report(r.start, r.end, `\`rf\` takes only \`afrf\`, the one failure report format defined (\`${rf.value}\` is not): remove \`rf\`.`);
      }
    }
  },
});
