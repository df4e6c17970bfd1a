/**
 * SPF evaluation: RFC 7208 check_host() (§4) over a resolver. Record selection (§4.5), syntax
 * errors anywhere → permerror (§4.6), mechanisms (§5) in order with the first match deciding,
 * redirect (§6.1) and exp (§6.2), the limits of §4.6.4 (10 DNS-querying terms, 2 void lookups,
 * 10 MX and 10 PTR names), the validated domain name of §5.5 for `ptr` and `%{p}`, macros (§7)
 * and IPv4-mapped IPv6 clients (§5). Reuses the static checks' parser for the record's terms.
 * Never throws: every failure is a result.
 */
import { parseMacroString, parseSpf, shapeOf, type MacroString, type Mechanism, type Modifier, type Qualifier, type SpfProblem } from '../../service/policies/spf/parse';
import type { Answer, QueryType } from '../resolver';
import { addressBytes, inPrefix, parseClientIp, reverseName, type ClientIp } from './ip';
import { expandDomainSpec, expandMacroString, queryNameProblem, type MacroContext } from './macros';
import type { SpfEvaluation, SpfInput, SpfOptions, SpfRecordNode, SpfResult, SpfTermNode } from './types';

/** Stops the evaluation with permerror or temperror. */
class Stop {
  constructor(
    readonly result: 'permerror' | 'temperror',
    readonly reason: string,
  ) {}
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type TermNode = Mutable<SpfTermNode> & { terms?: never };
type RecordNode = Mutable<Omit<SpfRecordNode, 'terms'>> & { terms: TermNode[] };

const QUALIFIER_RESULT: Record<Qualifier, SpfResult> = { '+': 'pass', '-': 'fail', '~': 'softfail', '?': 'neutral' };
const DNS_TERMS = new Set(['include', 'a', 'mx', 'ptr', 'exists']);
/** Most MX names (§4.6.4: more is a permerror) and PTR names (§4.6.4: the rest are ignored). */
const MAX_NAMES = 10;

/** `<sender>`'s parts (§4.3): no local-part means `postmaster`. */
export function splitSender(sender: string, domain: string): { sender: string; local: string; domain: string } {
  if (sender.length === 0) return { sender: `postmaster@${domain}`, local: 'postmaster', domain };
  const at = sender.lastIndexOf('@');
  if (at < 0) return { sender: `postmaster@${sender}`, local: 'postmaster', domain: sender };
  const local = sender.slice(0, at) || 'postmaster';
  const senderDomain = sender.slice(at + 1);
  return { sender: `${local}@${senderDomain}`, local, domain: senderDomain };
}

/**
 * The inputs of a MAIL FROM check as receivers make them (§2.4): the domain of MAIL FROM, or
 * the HELO name when MAIL FROM is empty (`postmaster@<helo>`).
 */
export function mailFromInput(ip: string, mailFrom: string, helo: string): SpfInput {
  if (mailFrom.length === 0) return { ip, domain: helo, sender: `postmaster@${helo}`, helo };
  const at = mailFrom.lastIndexOf('@');
  return { ip, domain: at < 0 ? mailFrom : mailFrom.slice(at + 1), sender: mailFrom, helo };
}

/** Why `<domain>` fails the initial processing of §4.3 (not a multi-label name), or undefined. */
function domainProblem(domain: string): string | undefined {
  const name = domain.endsWith('.') ? domain.slice(0, -1) : domain;
  const why = queryNameProblem(name);
  if (why) return why;
  if (!name.includes('.')) return `\`${name}\` is not a fully qualified domain name`;
  return undefined;
}

/** Evaluates SPF for the input: RFC 7208 check_host(). */
export async function checkHost(input: SpfInput, options: SpfOptions): Promise<SpfEvaluation> {
  const ip = parseClientIp(input.ip);
  const domain = input.domain.endsWith('.') ? input.domain.slice(0, -1) : input.domain;
  if (!ip) {
    const tree: SpfRecordNode = { domain, result: 'permerror', reason: `\`${input.ip}\` is not an IP address`, terms: [], lookups: 0, voidLookups: 0 };
    return { result: 'permerror', lookups: 0, voidLookups: 0, tree };
  }
  const evaluator = new Evaluator(ip, input, options);
  return evaluator.run(domain);
}

class Evaluator {
  private lookups = 0;
  private voids = 0;
  private readonly maxLookups: number;
  private readonly maxVoids: number;
  private readonly sender: { sender: string; local: string; domain: string };
  /** The PTR names of the client that validate (§5.5), looked up once per evaluation. */
  private ptrNames: Promise<{ names: readonly string[]; empty: boolean }> | undefined;

  constructor(
    private readonly ip: ClientIp,
    private readonly input: SpfInput,
    private readonly options: SpfOptions,
  ) {
    this.maxLookups = options.maxLookups ?? 10;
    this.maxVoids = options.maxVoidLookups ?? 2;
    const d = input.domain.endsWith('.') ? input.domain.slice(0, -1) : input.domain;
    this.sender = splitSender(input.sender ?? '', d);
  }

  async run(domain: string): Promise<SpfEvaluation> {
    let tree: RecordNode | undefined;
    let result: SpfResult;
    let explanation: string | undefined;
    try {
      const out = await this.checkHost(domain, true, (node) => (tree = node));
      result = out.result;
      explanation = out.explanation;
    } catch (error) {
      result = error instanceof Stop ? error.result : 'temperror';
      if (!(error instanceof Stop) && tree) tree.reason = `internal error: ${error instanceof Error ? error.message : String(error)}`;
    }
    const root = tree ?? { domain, result, terms: [], lookups: this.lookups, voidLookups: this.voids };
    return { result, ...(explanation !== undefined ? { explanation } : {}), lookups: this.lookups, voidLookups: this.voids, tree: root as SpfRecordNode };
  }

  private context(domain: string): MacroContext {
    return {
      ip: this.ip,
      sender: this.sender.sender,
      local: this.sender.local,
      senderDomain: this.sender.domain,
      domain,
      helo: this.input.helo ?? this.input.domain,
      receiver: this.options.receiver ?? 'unknown',
      now: Math.floor((this.options.now ?? Date.now)() / 1000),
      validatedName: (d) => this.validatedName(d),
    };
  }

  private query(name: string, type: QueryType): Promise<Answer> {
    return this.options.resolver.query(name, type, this.options.signal ? { signal: this.options.signal } : {});
  }

  private count(term: TermNode): void {
    this.lookups++;
    term.lookups++;
    if (this.lookups > this.maxLookups) throw new Stop('permerror', `more than ${this.maxLookups} DNS-querying mechanisms and modifiers (RFC 7208 §4.6.4)`);
  }

  private void(term: TermNode): void {
    this.voids++;
    term.voidLookups++;
    if (this.voids > this.maxVoids) throw new Stop('permerror', `more than ${this.maxVoids} void lookups (RFC 7208 §4.6.4)`);
  }

  /** temperror for answers that are neither records nor a negative answer. */
  private failed(answer: Answer, what: string): never {
    const why = answer.kind === 'error' ? answer.message : answer.kind === 'servfail' ? 'SERVFAIL' : 'timed out';
    throw new Stop('temperror', `${what}: ${why}`);
  }

  /** check_host() on one domain; `attach` receives its tree node before anything can fail. */
  private async checkHost(domain: string, wantExplanation: boolean, attach: (node: RecordNode) => void): Promise<{ result: SpfResult; explanation?: string }> {
    const node: RecordNode = { domain, result: 'none', terms: [], lookups: 0, voidLookups: 0 };
    attach(node);
    const lookupsBefore = this.lookups;
    const voidsBefore = this.voids;
    const done = (result: SpfResult, reason?: string) => {
      node.result = result;
      if (reason !== undefined) node.reason = reason;
      node.lookups = this.lookups - lookupsBefore;
      node.voidLookups = this.voids - voidsBefore;
    };
    try {
      const problem = domainProblem(domain);
      if (problem) {
        done('none', problem);
        return { result: 'none' };
      }
      const record = await this.select(domain);
      if (typeof record !== 'string') {
        done('none', record.none);
        return { result: 'none' };
      }
      node.record = record;
      const out = await this.evaluateRecord(record, domain, wantExplanation, node);
      done(out.result);
      return out;
    } catch (error) {
      if (error instanceof Stop) done(error.result, error.reason);
      throw error;
    }
  }

  /** The one SPF record at `domain` (§4.5), or why there is none. */
  private async select(domain: string): Promise<string | { none: string }> {
    const answer = await this.query(domain, 'TXT');
    if (answer.kind === 'nxdomain') return { none: `${domain} does not exist` };
    if (answer.kind === 'nodata') return { none: `${domain} has no TXT records` };
    if (answer.kind !== 'records') this.failed(answer, `TXT lookup of ${domain}`);
    const spf: string[] = [];
    for (const r of answer.records) {
      if (r.data.type !== 'TXT') continue;
      const text = r.data.strings.join('');
      if (/^v=spf1(?: |$)/i.test(text)) spf.push(text);
    }
    if (spf.length === 0) return { none: `${domain} has no SPF record` };
    if (spf.length > 1) throw new Stop('permerror', `${domain} has ${spf.length} SPF records (RFC 7208 §4.5)`);
    return spf[0]!;
  }

  private async evaluateRecord(text: string, domain: string, wantExplanation: boolean, node: RecordNode): Promise<{ result: SpfResult; explanation?: string }> {
    const spf = parseSpf(text);
    for (const t of spf.terms) node.terms.push(termNode(t));
    const nonAscii = /[^\x20-\x7e]/.exec(text);
    if (nonAscii) throw new Stop('permerror', `the record holds a character outside printable ASCII (U+${nonAscii[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}) (RFC 7208 §3.1, §4.6.1)`);
    const first: SpfProblem | undefined = spf.problems[0];
    if (first) throw new Stop('permerror', `syntax error: ${first.message}`);
    const shape = shapeOf(spf);
    if (shape.redirects.length > 1) throw new Stop('permerror', 'the redirect modifier appears more than once (RFC 7208 §6)');
    if (shape.exps.length > 1) throw new Stop('permerror', 'the exp modifier appears more than once (RFC 7208 §6)');
    const ctx = this.context(domain);

    for (let i = 0; i < spf.terms.length; i++) {
      const term = spf.terms[i]!;
      if (term.type !== 'mechanism') continue;
      const tn = node.terms[i]!;
      tn.evaluated = true;
      tn.matched = false;
      if (DNS_TERMS.has(term.name)) this.count(tn);
      const matched = await this.mechanism(term, text, domain, ctx, tn);
      tn.matched = matched;
      if (!matched) continue;
      const result = QUALIFIER_RESULT[term.qualifier ?? '+'];
      if (result === 'fail' && wantExplanation && shape.exps[0]) {
        const explanation = await this.explain(shape.exps[0], text, ctx, node.terms[spf.terms.indexOf(shape.exps[0])]!);
        return explanation !== undefined ? { result, explanation } : { result };
      }
      return { result };
    }

    const redirect = shape.redirects[0];
    if (!redirect) return { result: 'neutral' };
    const tn = node.terms[spf.terms.indexOf(redirect)]!;
    tn.evaluated = true;
    this.count(tn);
    const target = await expandDomainSpec(text, redirect.value, ctx);
    tn.target = target;
    const before = { lookups: this.lookups, voids: this.voids };
    try {
      const out = await this.checkHost(target, wantExplanation, (child) => (tn.child = child));
      if (out.result === 'none') throw new Stop('permerror', `redirect=${target}: ${tn.child?.reason ?? 'no SPF record'} (RFC 7208 §6.1)`);
      return out;
    } finally {
      tn.lookups += this.lookups - before.lookups;
      tn.voidLookups += this.voids - before.voids;
    }
  }

  /** Whether a mechanism matches (§5); throws Stop for errors that end the evaluation. */
  private async mechanism(m: Mechanism, text: string, domain: string, ctx: MacroContext, tn: TermNode): Promise<boolean> {
    switch (m.name) {
      case 'all':
        return true;
      case 'ip4':
        return this.ip.family === 4 && !!m.bytes && inPrefix(this.ip.bytes, m.bytes, m.cidr4?.value ?? 32);
      case 'ip6':
        return this.ip.family === 6 && !!m.bytes && inPrefix(this.ip.bytes, m.bytes, m.cidr6?.value ?? 128);
      case 'include':
        return this.include(m, text, ctx, tn);
      case 'a':
      case 'mx':
      case 'ptr':
      case 'exists': {
        const target = m.domain ? await expandDomainSpec(text, m.domain, ctx) : domain;
        tn.target = target;
        const problem = queryNameProblem(target);
        if (problem) {
          // Not a name DNS can be asked about: as if it did not exist (RFC 7208 §4.3, §5).
          tn.note = `${problem}: no match`;
          return false;
        }
        if (m.name === 'a') return this.addressMatch(target, m, tn, true);
        if (m.name === 'mx') return this.mx(target, m, tn);
        if (m.name === 'ptr') return this.ptr(target, tn);
        return this.exists(target, tn);
      }
    }
  }

  private async include(m: Mechanism, text: string, ctx: MacroContext, tn: TermNode): Promise<boolean> {
    const target = await expandDomainSpec(text, m.domain!, ctx);
    tn.target = target;
    const before = { lookups: this.lookups, voids: this.voids };
    try {
      const out = await this.checkHost(target, false, (child) => (tn.child = child));
      // RFC 7208 §5.2: pass matches; fail, softfail and neutral do not; none is a permerror.
      if (out.result === 'none') throw new Stop('permerror', `include:${target}: ${tn.child?.reason ?? 'no SPF record'} (RFC 7208 §5.2)`);
      tn.note = `${target} returned ${out.result}`;
      return out.result === 'pass';
    } finally {
      tn.lookups += this.lookups - before.lookups;
      tn.voidLookups += this.voids - before.voids;
    }
  }

  /** The address records of `name` for the client's family, or undefined when there are none. */
  private async addresses(name: string, tn: TermNode, countVoid: boolean): Promise<(readonly number[])[] | undefined> {
    const type = this.ip.family === 4 ? 'A' : 'AAAA';
    const answer = await this.query(name, type);
    if (answer.kind === 'nxdomain' || answer.kind === 'nodata') {
      if (countVoid) this.void(tn);
      return undefined;
    }
    if (answer.kind !== 'records') this.failed(answer, `${type} lookup of ${name}`);
    const out: (readonly number[])[] = [];
    for (const r of answer.records) {
      if (r.data.type !== 'A' && r.data.type !== 'AAAA') continue;
      const bytes = addressBytes(r.data.address);
      if (bytes) out.push(bytes);
    }
    return out;
  }

  private prefixOf(m: Mechanism): number {
    return this.ip.family === 4 ? (m.cidr4?.value ?? 32) : (m.cidr6?.value ?? 128);
  }

  private async addressMatch(name: string, m: Mechanism, tn: TermNode, countVoid: boolean): Promise<boolean> {
    const found = await this.addresses(name, tn, countVoid);
    if (!found) {
      tn.note = `${name} has no ${this.ip.family === 4 ? 'A' : 'AAAA'} records`;
      return false;
    }
    const prefix = this.prefixOf(m);
    return found.some((a) => inPrefix(this.ip.bytes, a, prefix));
  }

  private async mx(name: string, m: Mechanism, tn: TermNode): Promise<boolean> {
    const answer = await this.query(name, 'MX');
    if (answer.kind === 'nxdomain' || answer.kind === 'nodata') {
      this.void(tn);
      tn.note = `${name} has no MX records`;
      return false;
    }
    if (answer.kind !== 'records') this.failed(answer, `MX lookup of ${name}`);
    const hosts = answer.records.flatMap((r) => (r.data.type === 'MX' ? [r.data] : [])).sort((a, b) => a.preference - b.preference);
    if (hosts.length > MAX_NAMES) throw new Stop('permerror', `${name} has ${hosts.length} MX records; at most ${MAX_NAMES} may be looked up (RFC 7208 §4.6.4)`);
    const prefix = this.prefixOf(m);
    const exchanges = hosts.map((h) => h.exchange).filter((x) => x !== '.' && x !== '');
    const found = await Promise.all(exchanges.map((x) => this.addresses(x, tn, false)));
    tn.note = `${exchanges.length} MX host${exchanges.length === 1 ? '' : 's'}: ${exchanges.join(', ')}`;
    return found.some((list) => (list ?? []).some((a) => inPrefix(this.ip.bytes, a, prefix)));
  }

  private async exists(name: string, tn: TermNode): Promise<boolean> {
    // RFC 7208 §5.7: always an A lookup, whatever the client's address family.
    const answer = await this.query(name, 'A');
    if (answer.kind === 'nxdomain' || answer.kind === 'nodata') {
      this.void(tn);
      tn.note = `${name} has no A records`;
      return false;
    }
    if (answer.kind !== 'records') this.failed(answer, `A lookup of ${name}`);
    return true;
  }

  private async ptr(target: string, tn: TermNode): Promise<boolean> {
    const names = await this.validatedNames(tn);
    const t = target.toLowerCase();
    const hit = names.find((n) => n === t || n.endsWith(`.${t}`));
    tn.note = names.length === 0 ? 'no validated host name' : `validated names: ${names.join(', ')}`;
    return hit !== undefined;
  }

  /**
   * The client's validated domain names (§5.5): PTR names (the first 10) whose address records
   * hold the client's address. A DNS error on the PTR lookup gives none; on an address lookup,
   * that name is skipped. `tn` is given for the ptr mechanism, whose empty PTR answer is void.
   */
  private async validatedNames(tn?: TermNode): Promise<readonly string[]> {
    this.ptrNames ??= (async () => {
      const answer = await this.query(reverseName(this.ip), 'PTR');
      const empty = answer.kind === 'nxdomain' || answer.kind === 'nodata';
      if (answer.kind !== 'records') return { names: [], empty };
      const names = answer.records.flatMap((r) => (r.data.type === 'PTR' ? [r.data.target.toLowerCase()] : [])).slice(0, MAX_NAMES);
      const type = this.ip.family === 4 ? 'A' : 'AAAA';
      const checks = await Promise.all(
        names.map(async (name) => {
          const a = await this.query(name, type);
          if (a.kind !== 'records') return false;
          return a.records.some((r) => (r.data.type === 'A' || r.data.type === 'AAAA') && sameAddress(addressBytes(r.data.address), this.ip.bytes));
        }),
      );
      return { names: names.filter((_, i) => checks[i]), empty };
    })();
    const out = await this.ptrNames;
    if (tn && out.empty) this.void(tn);
    return out.names;
  }

  /** `%{p}` (§7.3): a validated name equal to the domain, else one below it, else any, else `unknown`. */
  private async validatedName(domain: string): Promise<string> {
    const names = await this.validatedNames();
    const d = domain.toLowerCase();
    return names.find((n) => n === d) ?? names.find((n) => n.endsWith(`.${d}`)) ?? names[0] ?? 'unknown';
  }

  /** The explanation of a fail (§6.2), or undefined when it cannot be had. */
  private async explain(exp: Modifier, text: string, ctx: MacroContext, tn: TermNode): Promise<string | undefined> {
    tn.evaluated = true;
    try {
      const target = await expandDomainSpec(text, exp.value, ctx);
      tn.target = target;
      if (queryNameProblem(target)) return undefined;
      const answer = await this.query(target, 'TXT');
      if (answer.kind !== 'records') {
        tn.note = `no explanation: the TXT lookup of ${target} gave ${answer.kind}`;
        return undefined;
      }
      const txts = answer.records.filter((r) => r.data.type === 'TXT');
      if (txts.length !== 1) {
        tn.note = `no explanation: ${target} has ${txts.length} TXT records`;
        return undefined;
      }
      const data = txts[0]!.data;
      const explainString = data.type === 'TXT' ? data.strings.join('') : '';
      if (/[^\x20-\x7e]/.test(explainString)) {
        tn.note = 'no explanation: the text is not ASCII';
        return undefined;
      }
      const problems: SpfProblem[] = [];
      const spec: MacroString = parseMacroString(explainString, 0, explainString.length, problems, 'bad-macro');
      // Spaces are allowed in explanation text (explain-string = *( macro-string / SP )), and so are c, r, t.
      const real = problems.filter((p) => p.kind !== 'exp-only-macro' && !(p.end === p.start + 1 && explainString[p.start] === ' '));
      if (real.length > 0) {
        tn.note = `no explanation: ${real[0]!.message}`;
        return undefined;
      }
      return await expandMacroString(explainString, spec, ctx);
    } catch (error) {
      if (error instanceof Stop) return undefined;
      throw error;
    }
  }
}

function sameAddress(a: readonly number[] | undefined, b: readonly number[]): boolean {
  return !!a && a.length === b.length && a.every((x, i) => x === b[i]);
}

function termNode(t: ReturnType<typeof parseSpf>['terms'][number]): TermNode {
  if (t.type === 'mechanism') return { text: t.text, type: 'mechanism', name: t.name, ...(t.qualifier ? { qualifier: t.qualifier } : {}), evaluated: false, lookups: 0, voidLookups: 0 };
  if (t.type === 'modifier') return { text: t.text, type: 'modifier', name: t.name, evaluated: false, lookups: 0, voidLookups: 0 };
  return { text: t.text, type: 'mechanism', name: t.text, evaluated: false, lookups: 0, voidLookups: 0, note: 'not a valid term' };
}
