/**
 * Rule: spf/too-many-lookups. More than 10 DNS-querying terms (include, a, mx, ptr, exists,
 * redirect) during one evaluation: permerror (RFC 7208 §4.6.4). Counted through every include
 * and redirect whose target's SPF record is in this zone or another open zone; when some are
 * not, the count is a lower bound and the message says so. Reported on the term that crosses
 * the limit.
 */
import { defineRule, rfc } from '../../../rules/define-rule';
import { valueReporter } from '../../value-edits';
import { breakdown, countLookups, LOOKUP_LIMIT, ruleScope } from '../lookups';
import { spfOf } from '../parse';
import { SPF_TYPES } from './problems';

export const tooManyLookups = defineRule({
  code: 'spf/too-many-lookups',
  severity: 'error',
  scope: 'record',
  types: SPF_TYPES,
  reference: rfc(7208, '4.6.4'),
  docs: {
    what: 'An SPF record whose evaluation needs more than 10 DNS lookups (include, a, mx, ptr, exists and redirect, counted through includes whose records are in the open zones).',
    why: 'Receivers stop after 10 lookups and return permerror, so mail that should pass fails SPF (and DMARC, unless DKIM passes).',
    bad: '$ORIGIN example.com.\n@  TXT  "v=spf1 a mx ptr exists:%{i}.a.example.net include:_spf1.example.net ... (11 lookups) -all"',
    good: '$ORIGIN example.com.\n@  TXT  "v=spf1 ip4:192.0.2.0/24 include:_spf.example.net -all"',
  },
  check(record, context) {
    const spf = spfOf(record);
    if (!spf) return;
    // Cheap bound first: a record with at most 10 querying terms and no include/redirect is fine.
    let querying = 0;
    let follows = false;
    for (const t of spf.terms) {
      if (t.type === 'mechanism') {
        if (t.name === 'include') follows = true;
        if (t.name !== 'all' && t.name !== 'ip4' && t.name !== 'ip6') querying++;
      } else if (t.type === 'modifier' && t.known === 'redirect') {
        follows = true;
        querying++;
      }
    }
    if (!follows && querying <= LOOKUP_LIMIT) return;
    const count = countLookups(record, spf, ruleScope(context));
    if (count.total <= LOOKUP_LIMIT) return;
    let running = 0;
    let crossing = count.items[count.items.length - 1]!;
    for (const item of count.items) {
      running += item.cost;
      if (running > LOOKUP_LIMIT) {
        crossing = item;
        break;
      }
    }
    const unresolved = count.unresolved.length > 0 ? ` Not counted (not in the open zones or built with macros), and may add more: ${count.unresolved.map((u) => `\`${u}\``).join(', ')}.` : '';
    valueReporter(record, record.value!, context).report(
      crossing.start,
      crossing.end,
      `This SPF record needs ${count.complete ? '' : 'at least '}${count.total} DNS lookups; receivers allow ${LOOKUP_LIMIT} and then return permerror. The limit is crossed at \`${crossing.term}\`. Lookups: ${breakdown(count)}.${unresolved} Replace \`a\`/\`mx\` with \`ip4:\`/\`ip6:\`, remove \`ptr\` and unused includes, or include fewer providers.`,
    );
  },
});
